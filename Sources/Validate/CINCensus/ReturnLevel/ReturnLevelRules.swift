/// The ReturnLevel rules, in code order.
enum ReturnLevelRules {
  static let all: [CensusRuleEntry] = [
    .file(ReferenceDateIsCensusDay()),
    .file(PlansNotMoreThanInitialConferences()),
    .file(ShareWithNoSexRecorded()),
    .file(DisabilityCodesUsed()),
    .file(SomeChildHasSeveralDisabilities()),
  ]
}
