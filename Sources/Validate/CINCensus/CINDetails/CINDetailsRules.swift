/// The CINDetails rules, in code order.
enum CINDetailsRules {
  static let all: [CensusRuleEntry] = [
    .child(NoActivityAfterNoFurtherAction()),
    .child(Section47HasAssessment()),
  ]
}
