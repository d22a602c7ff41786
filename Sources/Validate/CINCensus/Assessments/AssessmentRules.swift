/// The Assessments rules, in code order.
enum AssessmentRules {
  static let all: [CensusRuleEntry] = [
    .child(AssessmentStartNotAfterAuthorisation()),
    .child(FactorsOnlyForAuthorisedAssessment()),
    .child(FactorCode8ANotUsed()),
  ]
}
