/// The ReturnLevel rules, in code order.
enum ReturnLevelRules {
  static let all: [CensusRuleEntry] = [
    .file(ReferenceDateIsCensusDay.self),
    .file(PlansNotMoreThanInitialConferences.self),
    .file(ShareWithNoSexRecorded.self),
    .file(DisabilityCodesUsed.self),
    .file(SomeChildHasSeveralDisabilities.self),
  ]
}
