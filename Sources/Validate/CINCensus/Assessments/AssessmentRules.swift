/// The Assessments rules, in code order.
enum AssessmentRules {
  static let all: [CensusRuleEntry] = [
    .child(AssessmentStartNotBeforeReferral.self),
    .child(AssessmentStartNotAfterAuthorisation.self),
    .child(FactorsOnlyForAuthorisedAssessment.self),
    .child(FactorCode8ANotUsed.self),
    .child(OpenAssessmentStartedLongAgo.self),
    .child(AssessmentAuthorisationInPeriod.self),
    .child(OpenAssessmentStartInPeriod.self),
    .child(AssessmentNotStartedDuringAnother.self),
    .child(NoFactorsCodeStandsAlone.self),
    .child(NoFactorsSingleAssessmentClosedRC8.self),
    .child(OneOpenAssessmentPerEpisode.self),
    .child(CompletedAssessmentHasFactors.self),
    .child(AssessmentFactorsNotRepeated.self),
    .child(DisabledChildHasDisabilityFactor.self),
    .child(AssessmentFactor18AUsed.self),
    .child(AssessmentFactor19AUsed.self),
  ]
}
