/// The CINPlans rules, in code order.
enum CINPlanRules {
  static let all: [CensusRuleEntry] = [
  ]
}
