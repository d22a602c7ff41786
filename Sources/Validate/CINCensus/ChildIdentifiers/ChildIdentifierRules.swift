/// The ChildIdentifiers rules, in code order.
enum ChildIdentifierRules {
  static let all: [CensusRuleEntry] = [
    .child(LAChildIDPresent()),
    .file(LAChildIDUnique()),
    .child(BirthDateNotAfterReferenceDate()),
    .child(BirthDateOrExpectedBirthDate()),
    .child(ExpectedBirthDateInRange()),
    .child(DeathDateNotBeforeBirthDate()),
    .child(DeathDateInCensusYear()),
    .child(ChildHasCINEpisode()),
  ]
}
