/// The CINDetails rules, in code order.
enum CINDetailsRules {
  static let all: [CensusRuleEntry] = [
  ]
}
