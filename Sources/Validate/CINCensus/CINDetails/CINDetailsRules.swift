/// The CINDetails rules, in code order.
enum CINDetailsRules {
  static let all: [CensusRuleEntry] = [
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
  ]
}
