/// The Reviews rules, in code order.
enum ReviewRules {
  static let all: [CensusRuleEntry] = [
    .child(ProtectionReviewDuringCINPlan.self),
    .child(ReviewHasDate.self),
  ]
}
