/// The ReturnLevel rules, in code order.
enum ReturnLevelRules {
  static let all: [CensusRuleEntry] = [
  ]
}
