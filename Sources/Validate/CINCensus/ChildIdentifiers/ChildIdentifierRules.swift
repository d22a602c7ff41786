/// The ChildIdentifiers rules, in code order.
enum ChildIdentifierRules {
  static let all: [CensusRuleEntry] = [
    .child(UPNCheckLetter()),
    .file(UPNIsUnique()),
    .child(UPNLACodeRecognised()),
    .child(UPNMiddleDigits()),
    .child(UPNLastCharacter()),
    .child(FormerUPNFormat()),
    .child(LAChildIDLength()),
    .child(LAChildIDAlphanumeric()),
    .child(CINPlanStartAfterDeath()),
    .child(CINPlanEndAfterDeath()),
    .child(CINPlanEndAfterDeathQuery()),
    .child(SexMissingOrInvalid()),
    .child(LAChildIDPresent()),
    .file(LAChildIDUnique()),
    .child(BirthDateNotAfterReferenceDate()),
    .child(BirthDateOrExpectedBirthDate()),
    .child(ExpectedBirthDateInRange()),
    .child(DeathDateNotBeforeBirthDate()),
    .child(DeathDateInCensusYear()),
    .child(ChildHasCINEpisode()),
    .child(UnbornChildSex()),
    .child(SchoolAgeChildUPN()),
    .child(UN7OnlyForNoFurtherAction()),
    .child(ChildOver25()),
  ]
}
