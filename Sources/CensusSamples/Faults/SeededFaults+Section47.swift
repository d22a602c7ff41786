import SafeguardCore

extension SeededFaults {
  /// Faults for the section47 rules.
  static let section47: [SeededFault] = [
    // 1104: the episode's own initial conference date is the day before its referral.
    SeededFault("1104", base: 3) { child, sample in
      child.episodes[0].dateOfInitialCPC = CensusSample.shifted(child.episodes[0].referralDate, by: -1)
    },
    // 2884: the episode records the same initial conference as its Section 47.
    SeededFault("2884", base: 4) { child, sample in
      child.episodes[0].dateOfInitialCPC = child.episodes[0].section47s[0].icpcDate
    },
    // 2889: the Section 47 starts the day before its episode's referral.
    SeededFault("2889", base: 3) { child, sample in
      child.episodes[0].section47s[0].start = CensusSample.shifted(child.episodes[0].referralDate, by: -1)
    },
    // 8615: the Section 47 starts the day after its initial conference.
    SeededFault("8615", base: 4) { child, sample in
      child.episodes[0].section47s[0].start = CensusSample.shifted(child.episodes[0].section47s[0].icpcDate, by: 1)
    },
    // 8675Q: the episode stays open and its Section 47, started in April, still awaits a required
    // conference.
    SeededFault("8675Q", base: 3) { child, sample in
      reopen(&child)
      child.episodes[0].section47s[0].icpcNotRequired = CensusSample.bool(false)
    },
    // 8715: the episode stays open and its Section 47's conference (required) is held the day
    // after the reference date (a weekday).
    SeededFault("8715", base: 3) { child, sample in
      reopen(&child)
      child.episodes[0].section47s[0].icpcNotRequired = CensusSample.bool(false)
      child.episodes[0].section47s[0].icpcDate = CensusSample.date(sample.referenceDate.adding(days: 1))
    },
    // 8740: the episode stays open and its Section 47, awaiting a required conference, starts the
    // day after the reference date.
    SeededFault("8740", base: 3) { child, sample in
      reopen(&child)
      child.episodes[0].section47s[0].icpcNotRequired = CensusSample.bool(false)
      child.episodes[0].section47s[0].start = CensusSample.date(sample.referenceDate.adding(days: 1))
    },
    // 8839: the episode stays open with two Section 47s awaiting a required conference, started
    // recently (clear of 8675Q); the later one necessarily starts while the other is open (8890).
    SeededFault("8839", also: ["8890"], base: 3) { child, sample in
      reopen(&child)
      var s = child.episodes[0].section47s[0]
      s.icpcNotRequired = CensusSample.bool(false)
      s.start = CensusSample.date(sample.referenceDate.adding(days: -3))
      child.episodes[0].section47s = [s, s]
    },
    // 8870Q: the Section 47's conference target falls on the Saturday of its week.
    SeededFault("8870Q", base: 3) { child, sample in
      let target = child.episodes[0].section47s[0].icpcTarget.value!
      child.episodes[0].section47s[0].icpcTarget = CensusSample.date(target.adding(days: 5 - target.weekday))
    },
    // 8875: the initial conference, and the plan it starts, fall on the Saturday of its week.
    SeededFault("8875", base: 4) { child, sample in
      let held = child.episodes[0].section47s[0].icpcDate.value!
      let saturday = CensusSample.date(held.adding(days: 5 - held.weekday))
      child.episodes[0].section47s[0].icpcDate = saturday
      child.episodes[0].plans[0].start = saturday
    },
    // 8890: the episode holds a second Section 47 with the same dates and conference as the first.
    SeededFault("8890", base: 4) { child, sample in
      child.episodes[0].section47s.append(child.episodes[0].section47s[0])
    },
  ]
}

/// Leaves the child's (closed) first episode open: no closure date and no reason.
private func reopen(_ child: inout CensusChild) {
  child.episodes[0].closureDate = .absent
  child.episodes[0].reasonForClosure = .absent
}
