import SafeguardCore

extension SeededFaults {
  /// Faults for the section47 rules.
  static let section47: [SeededFault] = [
  ]
}
