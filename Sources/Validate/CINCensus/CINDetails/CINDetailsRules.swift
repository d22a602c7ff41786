/// The CINDetails rules, in code order.
enum CINDetailsRules {
  static let all: [CensusRuleEntry] = [
    .child(NoActivityAfterNoFurtherAction.self),
    .child(Section47HasAssessment.self),
    .child(ReferralNotAfterDeath.self),
    .child(NoActivityAfterClosure.self),
    .child(ReferralNFAPresentAndValid.self),
    .child(NoFurtherActionOnlyForRecentReferral.self),
    .child(DiedClosureNeedsDeathDate.self),
    .child(ReferralDatePresentAndNotAfterReference.self),
    .child(ReferralNotLongBeforeBirth.self),
    .child(PrimaryNeedForFurtherAction.self),
    .child(ClosureDateInCensusYear.self),
    .child(ClosureNotBeforeReferral.self),
    .child(ReasonForClosureCode.self),
    .child(PrimaryNeedCode.self),
    .child(ClosureDateNeedsReason.self),
    .child(ReasonNeedsClosureDate.self),
    .child(OneOpenEpisode.self),
    .child(OpenEpisodeIsLatest.self),
    .child(CINEpisodesDoNotOverlap.self),
    .child(ClosedAfterAssessmentHasAssessment.self),
    .child(NoFurtherActionHasNoActivity.self),
    .child(ReferralSourceValid.self),
    .child(ClosedEpisodeAssessmentsAuthorised.self),
    .child(ClosedEpisodeSection47sCompleted.self),
  ]
}
