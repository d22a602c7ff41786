import SafeguardCore

extension SeededFaults {
  /// Faults for the characteristics rules.
  static let characteristics: [SeededFault] = [
    // 4220: an ethnicity code not on DfE's list.
    SeededFault("4220", base: 0) { child, _ in
      child.ethnicity = CensusSample.text("XXXX")
    },
    // 8540: an assessed child (ReferralNFA false) with no Disability element.
    SeededFault("8540", base: 1) { child, _ in
      child.disabilities = []
    },
    // 8790: a disabled child also recorded with NONE.
    SeededFault("8790", base: 8) { child, _ in
      child.disabilities.append(CensusSample.text("NONE"))
    },
    // 8794: a disabled child with its one disability code written twice.
    SeededFault("8794", base: 8) { child, _ in
      child.disabilities.append(child.disabilities[0])
    },
  ]
}
