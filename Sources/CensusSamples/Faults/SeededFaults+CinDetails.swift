import SafeguardCore

extension SeededFaults {
  /// Faults for the cinDetails rules.
  static let cinDetails: [SeededFault] = [
    // 2990: closed RC8 (no further action after assessment) although a CIN plan followed.
    SeededFault("2990", base: 2) { child, _ in
      child.episodes[0].reasonForClosure = CensusSample.text("RC8")
    },
    // 2991Q: a Section 47 with no assessment on the episode (closed RC7, so 8825Q stays quiet).
    SeededFault("2991Q", base: 3) { child, _ in
      child.episodes[0].assessments = []
      child.episodes[0].reasonForClosure = CensusSample.text("RC7")
    },
    // 8555: the child died the day before the referral.
    SeededFault("8555", base: 0) { child, _ in
      child.deathDate = CensusSample.shifted(child.episodes[0].referralDate, by: -1)
    },
    // 8565: the episode closes the day before its assessment is authorised.
    SeededFault("8565", base: 1) { child, _ in
      let e = child.episodes[0]
      child.episodes[0].closureDate = CensusSample.shifted(e.assessments[0].authorised, by: -1)
    },
    // 8568: ReferralNFA left out.
    SeededFault("8568", base: 1) { child, _ in
      child.episodes[0].referralNFA = .absent
    },
    // 8569: a referral flagged no further action made well before the census year (closed in it).
    SeededFault("8569", base: 0) { child, sample in
      child.episodes[0].referralDate = CensusSample.date(sample.periodStart.adding(days: -10))
      child.episodes[0].closureDate = CensusSample.date(sample.periodStart)
    },
    // 8585Q: closed as died (RC2) with no date of death.
    SeededFault("8585Q", base: 2) { child, _ in
      child.episodes[0].reasonForClosure = CensusSample.text("RC2")
    },
    // 8600: the referral date left out.
    SeededFault("8600", base: 0) { child, _ in
      child.episodes[0].referralDate = .absent
    },
    // 8606: the referral falls 290 days before the child's birth.
    SeededFault("8606", base: 0) { child, _ in
      child.birthDate = CensusSample.shifted(child.episodes[0].referralDate, by: 290)
    },
    // 8610: a referral that led to further action has no primary need code.
    SeededFault("8610", base: 1) { child, _ in
      child.episodes[0].primaryNeed = .absent
    },
    // 8620: an NFA referral made and closed on the last working day before the census year.
    SeededFault("8620", base: 0) { child, sample in
      var cutOff = sample.periodStart.adding(days: -1)
      while !sample.calendar.isWorkingDay(cutOff) { cutOff = cutOff.adding(days: -1) }
      child.episodes[0].referralDate = CensusSample.date(cutOff)
      child.episodes[0].closureDate = CensusSample.date(cutOff)
    },
    // 8630: the episode closes the day before it was referred.
    SeededFault("8630", base: 0) { child, _ in
      child.episodes[0].closureDate = CensusSample.shifted(child.episodes[0].referralDate, by: -1)
    },
    // 8640: reason for closure RC10, not a code.
    SeededFault("8640", base: 2) { child, _ in
      child.episodes[0].reasonForClosure = CensusSample.text("RC10")
    },
    // 8650: primary need N10, not a code.
    SeededFault("8650", base: 1) { child, _ in
      child.episodes[0].primaryNeed = CensusSample.text("N10")
    },
    // 8805: a closure date with no reason for closure.
    SeededFault("8805", base: 1) { child, _ in
      child.episodes[0].reasonForClosure = .absent
    },
    // 8810: a reason for closure with no closure date.
    SeededFault("8810", base: 1) { child, _ in
      child.episodes[0].closureDate = .absent
    },
    // 8815: the open episode written twice; the second is referred inside the first (8820).
    SeededFault("8815", also: ["8820"], base: 7) { child, _ in
      child.episodes.append(child.episodes[0])
    },
    // 8816: the first of two episodes left open; the later referral falls inside it (8820).
    SeededFault("8816", also: ["8820"], base: 6) { child, _ in
      child.episodes[0].closureDate = .absent
      child.episodes[0].reasonForClosure = .absent
    },
    // 8820: the second (NFA) episode is referred the day before the first closes.
    SeededFault("8820", base: 6) { child, _ in
      let day = CensusSample.shifted(child.episodes[0].closureDate, by: -1)
      child.episodes[1].referralDate = day
      child.episodes[1].closureDate = day
    },
    // 8825Q: an NFA referral closed RC8 (after assessment) with no assessment.
    SeededFault("8825Q", base: 0) { child, _ in
      child.episodes[0].reasonForClosure = CensusSample.text("RC8")
    },
    // 8831: an assessed episode flagged as a referral with no further action.
    SeededFault("8831", base: 1) { child, _ in
      child.episodes[0].referralNFA = CensusSample.bool(true)
    },
    // 8866: referral source 11, not a code.
    SeededFault("8866", base: 1) { child, _ in
      child.episodes[0].referralSource = CensusSample.text("11")
    },
    // 8867: a closed episode whose assessment has no authorisation date. The episode runs from
    // 40 days before the reference date (so 8670Q does not query the open assessment), and the
    // assessment records no factors (8614).
    SeededFault("8867", base: 1) { child, sample in
      let start = sample.referenceDate.adding(days: -40)
      child.episodes[0].referralDate = CensusSample.date(start)
      child.episodes[0].closureDate = CensusSample.date(start.adding(days: 10))
      child.episodes[0].assessments[0].start = CensusSample.date(start)
      child.episodes[0].assessments[0].authorised = .absent
      child.episodes[0].assessments[0].factors = []
    },
    // 8868: a closed episode whose Section 47 has no conference and no ICPCnotRequired (left
    // out, not false, which 8675Q would query).
    SeededFault("8868", base: 3) { child, _ in
      child.episodes[0].section47s[0].icpcNotRequired = .absent
    },
  ]
}
