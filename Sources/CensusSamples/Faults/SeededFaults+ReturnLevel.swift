import SafeguardCore

extension SeededFaults {
  /// Faults for the returnLevel rules.
  static let returnLevel: [SeededFault] = [
    // 100: the header's reference date is 30 March, not 31 March.
    SeededFault(
      "100",
      file: { census, sample in
        census.header.referenceDate = CensusSample.date(sample.referenceDate.adding(days: -1))
      }),
    // 2883: a second plan starts at the same conference as the first (C5's), so one plan more
    // than conferences; two plans from the same day always overlap (8940).
    SeededFault(
      "2883", also: ["8940"],
      file: { census, _ in
        let plan = census.children[4].episodes[0].plans[0]
        census.children[4].episodes[0].plans.append(plan)
      }),
    // 2886Q: one child of the 16 (over 2%) has sex (gender to 2023/24) not known.
    SeededFault(
      "2886Q",
      file: { census, sample in
        if sample.usesSex {
          census.children[0].sex = CensusSample.text("U")
        } else {
          census.children[0].genderCurrent = CensusSample.text("0")
        }
      }),
    // 2887Q: every disabled child records the same two codes, so only two codes are used.
    SeededFault(
      "2887Q",
      file: { census, _ in
        for i in census.children.indices where census.children[i].disabilities.contains(where: { $0.value != "NONE" }) {
          census.children[i].disabilities = [CensusSample.text("MOB"), CensusSample.text("HAND")]
        }
      }),
    // 2888Q: every disabled child records one code only (a different one each, so eight are used).
    SeededFault(
      "2888Q",
      file: { census, _ in
        var next = 0
        for i in census.children.indices where census.children[i].disabilities.contains(where: { $0.value != "NONE" }) {
          census.children[i].disabilities = [
            CensusSample.text(CensusSample.disabilities[next % CensusSample.disabilities.count])
          ]
          next += 1
        }
      }),
  ]
}
