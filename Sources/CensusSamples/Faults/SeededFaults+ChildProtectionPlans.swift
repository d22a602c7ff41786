import SafeguardCore

extension SeededFaults {
  /// Faults for the childProtectionPlans rules.
  static let childProtectionPlans: [SeededFault] = [
    // 1105: the plan starts on 31 March before the period, so before the referral (a start before
    // 1 April is not checked against the conference by 2885).
    SeededFault("1105", base: 4) { child, sample in
      child.episodes[0].plans[0].start = CensusSample.date(sample.periodStart.adding(days: -1))
    },
    // 2885: the plan starts the day after its initial conference.
    SeededFault("2885", base: 4) { child, _ in
      child.episodes[0].plans[0].start = CensusSample.shifted(child.episodes[0].plans[0].start, by: 1)
    },
    // 8720: the plan gives no start date.
    SeededFault("8720", base: 4) { child, _ in
      child.episodes[0].plans[0].start = .absent
    },
    // 8730: the plan gives no number of previous plans.
    SeededFault("8730", base: 4) { child, _ in
      child.episodes[0].plans[0].previousPlans = .absent
    },
    // 8832: the episode holding the plan is marked as a referral with no further action (its
    // assessment and Section 47 dates are then activity on an NFA referral too: 8831).
    SeededFault("8832", also: ["8831"], base: 4) { child, _ in
      child.episodes[0].referralNFA = CensusSample.bool(true)
    },
    // 8840: the plan ends the day it starts.
    SeededFault("8840", base: 4) { child, _ in
      child.episodes[0].plans[0].end = child.episodes[0].plans[0].start
    },
    // 8841: the plan's review is on its start day.
    SeededFault("8841", base: 4) { child, _ in
      child.episodes[0].plans[0].reviews[0] = child.episodes[0].plans[0].start
    },
    // 8905: an initial category of abuse that is not a code.
    SeededFault("8905", base: 4) { child, _ in
      child.episodes[0].plans[0].initialCategory = CensusSample.text("NEGL")
    },
    // 8910: a latest category of abuse that is not a code.
    SeededFault("8910", base: 4) { child, _ in
      child.episodes[0].plans[0].latestCategory = CensusSample.text("ABUSE")
    },
    // 8915: the child died the day before the (still open) plan started.
    SeededFault("8915", base: 5) { child, _ in
      child.deathDate = CensusSample.shifted(child.episodes[0].plans[0].start, by: -1)
    },
    // 8920: the child died the day before the plan ended.
    SeededFault("8920", base: 4) { child, _ in
      child.deathDate = CensusSample.shifted(child.episodes[0].plans[0].end, by: -1)
    },
    // 8925: the plan ends the day before it starts.
    SeededFault("8925", base: 4) { child, _ in
      child.episodes[0].plans[0].end = CensusSample.shifted(child.episodes[0].plans[0].start, by: -1)
    },
    // 8930: the still open episode's plan ends the day after the reference date.
    SeededFault("8930", base: 5) { child, sample in
      child.episodes[0].plans[0].end = CensusSample.date(sample.referenceDate.adding(days: 1))
    },
    // 8935: a second Section 47 and conference start a second plan while the first is still open;
    // two open plans always overlap (8940).
    SeededFault("8935", also: ["8940"], base: 5) { child, sample in
      secondConferenceAndPlan(&child.episodes[0], sample)
    },
    // 8940: a second Section 47 and conference start a second plan before the first has ended.
    SeededFault("8940", base: 4) { child, sample in
      secondConferenceAndPlan(&child.episodes[0], sample)
    },
  ]

  /// Adds to `episode` a second Section 47, starting the working day after the first one's
  /// conference, with its own conference 15 working days on, and a plan starting at it that ends
  /// with the first plan (or stays open with it).
  static func secondConferenceAndPlan(_ episode: inout CensusEpisode, _ sample: CensusSample) {
    var s47 = episode.section47s[0]
    let start = sample.calendar.adding(workingDays: 1, to: s47.icpcDate.value!)
    let conference = sample.calendar.adding(workingDays: 15, to: start)
    s47.start = CensusSample.date(start)
    s47.icpcTarget = CensusSample.date(conference)
    s47.icpcDate = CensusSample.date(conference)
    var plan = episode.plans[0]
    plan.start = CensusSample.date(conference)
    plan.previousPlans = CensusNumber(text: "1", value: 1, line: 1)
    plan.reviews = []
    episode.section47s.append(s47)
    episode.plans.append(plan)
  }
}
