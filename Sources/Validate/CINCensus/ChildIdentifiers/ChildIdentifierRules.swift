/// The ChildIdentifiers rules, in code order.
enum ChildIdentifierRules {
  static let all: [CensusRuleEntry] = [
    .child(UPNCheckLetter.self),
    .file(UPNIsUnique.self),
    .child(UPNLACodeRecognised.self),
    .child(UPNMiddleDigits.self),
    .child(UPNLastCharacter.self),
    .child(FormerUPNFormat.self),
    .child(LAChildIDLength.self),
    .child(LAChildIDAlphanumeric.self),
    .child(CINPlanStartAfterDeath.self),
    .child(CINPlanEndAfterDeath.self),
    .child(CINPlanEndAfterDeathQuery.self),
    .child(SexMissingOrInvalid.self),
    .child(LAChildIDPresent.self),
    .file(LAChildIDUnique.self),
    .child(BirthDateNotAfterReferenceDate.self),
    .child(BirthDateOrExpectedBirthDate.self),
    .child(ExpectedBirthDateInRange.self),
    .child(DeathDateNotBeforeBirthDate.self),
    .child(DeathDateInCensusYear.self),
    .child(ChildHasCINEpisode.self),
    .child(UnbornChildSex.self),
    .child(SchoolAgeChildUPN.self),
    .child(UN7OnlyForNoFurtherAction.self),
    .child(ChildOver25.self),
  ]
}
