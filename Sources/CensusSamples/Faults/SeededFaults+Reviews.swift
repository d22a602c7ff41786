import SafeguardCore

extension SeededFaults {
  /// Faults for the reviews rules.
  static let reviews: [SeededFault] = [
    // 4003: a protection plan review held while a CIN plan is open. The protection plan ends the
    // day before its review and the CIN plan starts that day (the step down 4016 and 4017 allow),
    // running to the day after the review.
    SeededFault("4003", base: 4) { child, _ in
      let review = child.episodes[0].plans[0].reviews[0]
      let stepDown = CensusSample.shifted(review, by: -1)
      child.episodes[0].plans[0].end = stepDown
      var plan = CensusCINPlan(line: 1)
      plan.start = stepDown
      plan.end = CensusSample.shifted(review, by: 1)
      child.episodes[0].cinPlans = [plan]
    },
    // 8842Q: a second Reviews group with no review date.
    SeededFault("8842Q", base: 4) { child, _ in
      child.episodes[0].plans[0].emptyReviewGroups = [1]
    },
  ]
}
