/// The Assessments rules, in code order.
enum AssessmentRules {
  static let all: [CensusRuleEntry] = [
    .child(AssessmentStartNotBeforeReferral()),
    .child(AssessmentStartNotAfterAuthorisation()),
  ]
}
