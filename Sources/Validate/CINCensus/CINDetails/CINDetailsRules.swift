/// The CINDetails rules, in code order.
enum CINDetailsRules {
  static let all: [CensusRuleEntry] = [
    .child(ReasonForClosureCode()),
    .child(PrimaryNeedCode()),
    .child(ClosureDateNeedsReason()),
    .child(ReasonNeedsClosureDate()),
    .child(OneOpenEpisode()),
    .child(OpenEpisodeIsLatest()),
  ]
}
