/// The ChildIdentifiers rules, in code order.
enum ChildIdentifierRules {
  static let all: [CensusRuleEntry] = [
    .child(CINPlanStartAfterDeath()),
    .child(CINPlanEndAfterDeath()),
    .child(CINPlanEndAfterDeathQuery()),
    .child(SexMissingOrInvalid()),
  ]
}
