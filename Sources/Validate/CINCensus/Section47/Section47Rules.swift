/// The Section47 rules, in code order.
enum Section47Rules {
  static let all: [CensusRuleEntry] = [
    .child(InitialConferenceNotBeforeReferral.self),
    .child(InitialConferenceRecordedOnce.self),
    .child(Section47StartNotBeforeReferral.self),
    .child(S47StartPresentAndNotAfterICPC.self),
    .child(S47AwaitingConferenceStartedLongAgo.self),
    .child(InitialConferenceInPeriod.self),
    .child(S47AwaitingConferenceStartInPeriod.self),
    .child(OneOpenSection47PerEpisode.self),
    .child(InitialConferenceTargetNotWeekend.self),
    .child(InitialConferenceNotWeekend.self),
    .child(Section47NotStartedDuringAnother.self),
  ]
}
