/// The ChildIdentifiers rules, in code order.
enum ChildIdentifierRules {
  static let all: [CensusRuleEntry] = [
    .child(UnbornChildSex()),
    .child(SchoolAgeChildUPN()),
    .child(UN7OnlyForNoFurtherAction()),
    .child(ChildOver25()),
  ]
}
