/// The Section47 rules, in code order.
enum Section47Rules {
  static let all: [CensusRuleEntry] = [
    .child(S47AwaitingConferenceStartedLongAgo()),
    .child(InitialConferenceInPeriod()),
    .child(S47AwaitingConferenceStartInPeriod()),
  ]
}
