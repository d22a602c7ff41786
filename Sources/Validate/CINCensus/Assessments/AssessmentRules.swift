/// The Assessments rules, in code order.
enum AssessmentRules {
  static let all: [CensusRuleEntry] = [
    .child(AssessmentStartNotBeforeReferral()),
    .child(AssessmentStartNotAfterAuthorisation()),
    .child(FactorsOnlyForAuthorisedAssessment()),
    .child(FactorCode8ANotUsed()),
    .child(OpenAssessmentStartedLongAgo()),
    .child(AssessmentAuthorisationInPeriod()),
    .child(OpenAssessmentStartInPeriod()),
    .child(AssessmentNotStartedDuringAnother()),
    .child(NoFactorsCodeStandsAlone()),
    .child(NoFactorsSingleAssessmentClosedRC8()),
    .child(OneOpenAssessmentPerEpisode()),
    .child(CompletedAssessmentHasFactors()),
    .child(AssessmentFactorsNotRepeated()),
    .child(DisabledChildHasDisabilityFactor()),
    .child(AssessmentFactor18AUsed()),
    .child(AssessmentFactor19AUsed()),
  ]
}
