/// The CINDetails rules, in code order.
enum CINDetailsRules {
  static let all: [CensusRuleEntry] = [
    .child(NoActivityAfterNoFurtherAction()),
    .child(Section47HasAssessment()),
    .child(ReferralNotAfterDeath()),
    .child(NoActivityAfterClosure()),
    .child(ReferralNFAPresentAndValid()),
    .child(NoFurtherActionOnlyForRecentReferral()),
    .child(DiedClosureNeedsDeathDate()),
    .child(ReferralDatePresentAndNotAfterReference()),
    .child(ReferralNotLongBeforeBirth()),
    .child(PrimaryNeedForFurtherAction()),
    .child(ClosureDateInCensusYear()),
    .child(ClosureNotBeforeReferral()),
    .child(ReasonForClosureCode()),
    .child(PrimaryNeedCode()),
    .child(ClosureDateNeedsReason()),
    .child(ReasonNeedsClosureDate()),
    .child(OneOpenEpisode()),
    .child(OpenEpisodeIsLatest()),
    .child(CINEpisodesDoNotOverlap()),
    .child(ClosedAfterAssessmentHasAssessment()),
    .child(NoFurtherActionHasNoActivity()),
    .child(ReferralSourceValid()),
    .child(ClosedEpisodeAssessmentsAuthorised()),
    .child(ClosedEpisodeSection47sCompleted()),
  ]
}
