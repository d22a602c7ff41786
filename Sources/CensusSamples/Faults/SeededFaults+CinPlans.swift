import SafeguardCore

extension SeededFaults {
  /// Faults for the cinPlans rules.
  static let cinPlans: [SeededFault] = [
    // 4000: a referral with no further action also records a CIN plan, from the referral day.
    SeededFault("4000", base: 0) { child, _ in
      var plan = CensusCINPlan(line: 1)
      plan.start = child.episodes[0].referralDate
      child.episodes[0].cinPlans = [plan]
    },
    // 4001: an open CIN plan starts after the last review of the episode's open protection plan;
    // a CIN plan starting while the protection plan is open is 4016's too.
    SeededFault("4001", also: ["4016"], base: 5) { child, _ in
      let plan = child.episodes[0].plans[0]
      var cin = CensusCINPlan(line: 1)
      cin.start = CensusSample.shifted(plan.reviews.last ?? plan.start, by: 1)
      child.episodes[0].cinPlans = [cin]
    },
    // 4004: the episode is left open with its CIN plan, and a second open plan starts ten days
    // after the first; two open plans always overlap (4014).
    SeededFault("4004", also: ["4014"], base: 2) { child, _ in
      child.episodes[0].closureDate = .absent
      child.episodes[0].reasonForClosure = .absent
      child.episodes[0].cinPlans[0].end = .absent
      var second = child.episodes[0].cinPlans[0]
      second.start = CensusSample.shifted(second.start, by: 10)
      child.episodes[0].cinPlans.append(second)
    },
    // 4010: the CIN plan gives no start date.
    SeededFault("4010", base: 2) { child, _ in
      child.episodes[0].cinPlans[0].start = .absent
    },
    // 4011: the CIN plan ends the day before it starts.
    SeededFault("4011", base: 2) { child, _ in
      child.episodes[0].cinPlans[0].end = CensusSample.shifted(child.episodes[0].cinPlans[0].start, by: -1)
    },
    // 4012Q: the CIN plan ends the day it starts.
    SeededFault("4012Q", base: 2) { child, _ in
      child.episodes[0].cinPlans[0].end = child.episodes[0].cinPlans[0].start
    },
    // 4013: the episode is left open and its CIN plan ends the day after the reference date.
    SeededFault("4013", base: 2) { child, sample in
      child.episodes[0].closureDate = .absent
      child.episodes[0].reasonForClosure = .absent
      child.episodes[0].cinPlans[0].end = CensusSample.date(sample.referenceDate.adding(days: 1))
    },
    // 4014: a second CIN plan starts ten days into the first and ends with it.
    SeededFault("4014", base: 2) { child, _ in
      var second = child.episodes[0].cinPlans[0]
      second.start = CensusSample.shifted(second.start, by: 10)
      child.episodes[0].cinPlans.append(second)
    },
    // 4015: the CIN plan starts the day before the referral.
    SeededFault("4015", base: 2) { child, _ in
      child.episodes[0].cinPlans[0].start = CensusSample.shifted(child.episodes[0].referralDate, by: -1)
    },
    // 4016: a CIN plan runs from 5 to 20 days into the protection plan (before its review).
    SeededFault("4016", base: 4) { child, _ in
      let start = child.episodes[0].plans[0].start
      var cin = CensusCINPlan(line: 1)
      cin.start = CensusSample.shifted(start, by: 5)
      cin.end = CensusSample.shifted(start, by: 20)
      child.episodes[0].cinPlans = [cin]
    },
    // 4017: the protection plan starts while a CIN plan (from 5 days before to the day after) is open.
    SeededFault("4017", base: 4) { child, _ in
      let start = child.episodes[0].plans[0].start
      var cin = CensusCINPlan(line: 1)
      cin.start = CensusSample.shifted(start, by: -5)
      cin.end = CensusSample.shifted(start, by: 1)
      child.episodes[0].cinPlans = [cin]
    },
  ]
}
