/// The Section47 rules, in code order.
enum Section47Rules {
  static let all: [CensusRuleEntry] = [
    .child(InitialConferenceNotBeforeReferral()),
    .child(InitialConferenceRecordedOnce()),
    .child(Section47StartNotBeforeReferral()),
    .child(S47StartPresentAndNotAfterICPC()),
    .child(S47AwaitingConferenceStartedLongAgo()),
    .child(InitialConferenceInPeriod()),
    .child(S47AwaitingConferenceStartInPeriod()),
    .child(OneOpenSection47PerEpisode()),
    .child(InitialConferenceTargetNotWeekend()),
    .child(InitialConferenceNotWeekend()),
    .child(Section47NotStartedDuringAnother()),
  ]
}
