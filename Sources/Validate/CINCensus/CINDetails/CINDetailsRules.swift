/// The CINDetails rules, in code order.
enum CINDetailsRules {
  static let all: [CensusRuleEntry] = [
    .child(NoActivityAfterNoFurtherAction()),
    .child(Section47HasAssessment()),
    .child(CINEpisodesDoNotOverlap()),
    .child(ClosedAfterAssessmentHasAssessment()),
    .child(NoFurtherActionHasNoActivity()),
    .child(ReferralSourceValid()),
    .child(ClosedEpisodeAssessmentsAuthorised()),
    .child(ClosedEpisodeSection47sCompleted()),
  ]
}
