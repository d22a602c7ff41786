import SafeguardCore

extension SeededFaults {
  /// Faults for the childIdentifiers rules.
  ///
  /// Faults that change or remove the child's `LAchildID` use the `file:` form: findings are
  /// attributed to a child by its `LAchildID`, so such a child cannot be `C900`.
  static let childIdentifiers: [SeededFault] = [
    // 1510: the check letter is moved on by one, the digits unchanged.
    SeededFault("1510", base: 0) { child, _ in
      let upn = Array(child.upn.value!)
      let letters = Array("ABCDEFGHJKLMNPQRTUVWX")
      let wrong = letters[(letters.firstIndex(of: upn[0])! + 1) % letters.count]
      child.upn = CensusSample.text(String(wrong) + String(upn.dropFirst()))
    },
    // 1520: a second child is given the first child's UPN.
    SeededFault(
      "1520",
      file: { census, _ in
        census.children[1].upn = census.children[0].upn
      }),
    // 1530: a well-formed UPN (right check letter) whose LA code, 999, is no LA's.
    SeededFault("1530", base: 0) { child, _ in
      child.upn = CensusSample.text(CensusSample.upn(la: "999", serial: 900))
    },
    // 1540: character 6 of the UPN is a letter.
    SeededFault("1540", base: 0) { child, _ in
      child.upn = CensusSample.text(replacing(child.upn.value!, at: 5, with: "A"))
    },
    // 1550: character 13 of the UPN is I, a letter DfE never uses.
    SeededFault("1550", base: 0) { child, _ in
      child.upn = CensusSample.text(replacing(child.upn.value!, at: 12, with: "I"))
    },
    // 1560Q: a former UPN of five characters.
    SeededFault("1560Q", base: 0) { child, _ in
      child.formerUPN = CensusSample.text("A1234")
    },
    // 1570: an extra child whose LAchildID is 21 characters long.
    SeededFault(
      "1570",
      file: { census, sample in
        census.children.append(extraChild(sample, id: "C900" + String(repeating: "A", count: 17)))
      }),
    // 1580: an extra child whose LAchildID has a hyphen.
    SeededFault(
      "1580",
      file: { census, sample in
        census.children.append(extraChild(sample, id: "C-900"))
      }),
    // 4008: the child died on the referral day, before its CIN plan started (the plan and the
    // episode still open, so no plan ends after the death).
    SeededFault("4008", base: 2) { child, _ in
      child.deathDate = child.episodes[0].referralDate
      child.episodes[0].cinPlans[0].end = .absent
      child.episodes[0].closureDate = .absent
      child.episodes[0].reasonForClosure = .absent
    },
    // 4009: the child died the day its CIN plan started, before the plan ended (4009Q is the
    // same check).
    SeededFault("4009", also: ["4009Q"], base: 2) { child, _ in
      child.deathDate = child.episodes[0].cinPlans[0].start
    },
    // 4009Q: as 4009, DfE's query form of the same check.
    SeededFault("4009Q", also: ["4009"], base: 2) { child, _ in
      child.deathDate = child.episodes[0].cinPlans[0].start
    },
    // 4180: sex (gender to 2023/24) is a code not on DfE's list.
    SeededFault("4180", base: 0) { child, sample in
      if sample.usesSex { child.sex = CensusSample.text("X") } else { child.genderCurrent = CensusSample.text("X") }
    },
    // 8500: an extra child with no LAchildID element.
    SeededFault(
      "8500",
      file: { census, sample in
        var child = sample.child(900, SampleShapes.standard[0])
        child.laChildID = .absent
        census.children.append(child)
      }),
    // 8510: a second child is given the first child's LAchildID.
    SeededFault(
      "8510",
      file: { census, _ in
        census.children[1].laChildID = census.children[0].laChildID
      }),
    // 8520: born the day after the reference date (referred late enough for 8606).
    SeededFault("8520", base: 0) { child, sample in
      child.birthDate = CensusSample.date(sample.referenceDate.adding(days: 1))
      referLate(&child, sample)
    },
    // 8525: a born child also given an expected date of birth (the reference date, in range).
    SeededFault("8525", base: 0) { child, sample in
      child.expectedBirthDate = CensusSample.date(sample.referenceDate)
      referLate(&child, sample)
    },
    // 8530Q: an unborn child (sex not known) expected 31 days before the reference date.
    SeededFault("8530Q", base: 0) { child, sample in
      makeUnborn(&child, sample, due: sample.referenceDate.adding(days: -31))
    },
    // 8535Q: died the day before the reference date and born on it (referral before the death).
    SeededFault("8535Q", base: 0) { child, sample in
      child.birthDate = CensusSample.date(sample.referenceDate)
      child.deathDate = CensusSample.date(sample.referenceDate.adding(days: -1))
      referLate(&child, sample)
    },
    // 8545Q: died the day after the reference date.
    SeededFault("8545Q", base: 0) { child, sample in
      child.deathDate = CensusSample.date(sample.referenceDate.adding(days: 1))
    },
    // 8590: a child with no CIN episode.
    SeededFault("8590", base: 0) { child, _ in
      child.episodes = []
    },
    // 8750: an unborn child recorded as male (1 to 2023/24).
    SeededFault("8750", base: 0) { child, sample in
      makeUnborn(&child, sample, due: sample.referenceDate)
      if sample.usesSex { child.sex = CensusSample.text("M") } else { child.genderCurrent = CensusSample.text("1") }
    },
    // 8770Q: a 9-year-old assessed after referral, with no UPN and no reason.
    SeededFault("8770Q", base: 1) { child, _ in
      child.upn = .absent
    },
    // 8772: UPN unknown as UN7 (no further action) for a referral that went on to an assessment.
    SeededFault("8772", base: 1) { child, _ in
      child.upn = .absent
      child.upnUnknown = CensusSample.text("UN7")
    },
    // 8775Q: born 26 years before the reference date, the episode closing after the 25th birthday.
    SeededFault("8775Q", base: 0) { child, sample in
      child.birthDate = CensusSample.date(sample.referenceDate.adding(months: -312))
    },
  ]
}

/// `s` with the character at `offset` replaced by `c`.
private func replacing(_ s: String, at offset: Int, with c: Character) -> String {
  var chars = Array(s)
  chars[offset] = c
  return String(chars)
}

/// An extra child (the NFA shape, numbered 900) whose `LAchildID` is `id`.
private func extraChild(_ sample: CensusSample, id: String) -> CensusChild {
  var child = sample.child(900, SampleShapes.standard[0])
  child.laChildID = CensusSample.text(id)
  return child
}

/// Moves the NFA episode of shape 0 to about 60 days before the reference date, so that a birth
/// or expected birth near the reference date is within 280 days of the referral (8606).
private func referLate(_ child: inout CensusChild, _ sample: CensusSample) {
  let day = sample.calendar.adding(workingDays: 1, to: sample.referenceDate.adding(days: -60))
  child.episodes[0].referralDate = CensusSample.date(day)
  child.episodes[0].closureDate = CensusSample.date(day)
}

/// Makes the NFA child of shape 0 unborn, expected on `due`, sex not known; referred late.
private func makeUnborn(_ child: inout CensusChild, _ sample: CensusSample, due: Day) {
  child.birthDate = .absent
  child.expectedBirthDate = CensusSample.date(due)
  if sample.usesSex { child.sex = CensusSample.text("U") } else { child.genderCurrent = CensusSample.text("0") }
  referLate(&child, sample)
}
