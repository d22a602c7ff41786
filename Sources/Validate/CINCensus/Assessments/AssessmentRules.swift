/// The Assessments rules, in code order.
enum AssessmentRules {
  static let all: [CensusRuleEntry] = [
    .child(AssessmentStartNotAfterAuthorisation()),
    .child(OpenAssessmentStartedLongAgo()),
    .child(AssessmentAuthorisationInPeriod()),
    .child(OpenAssessmentStartInPeriod()),
  ]
}
