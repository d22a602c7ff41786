/// The Assessments rules, in code order.
enum AssessmentRules {
  static let all: [CensusRuleEntry] = [
    .child(AssessmentStartNotAfterAuthorisation()),
    .child(AssessmentFactor18AUsed()),
    .child(AssessmentFactor19AUsed()),
  ]
}
