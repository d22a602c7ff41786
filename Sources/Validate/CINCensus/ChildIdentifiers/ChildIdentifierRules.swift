/// The ChildIdentifiers rules, in code order.
enum ChildIdentifierRules {
  static let all: [CensusRuleEntry] = [
  ]
}
