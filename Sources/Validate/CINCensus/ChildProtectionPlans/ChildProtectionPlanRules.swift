/// The ChildProtectionPlans rules, in code order.
enum ChildProtectionPlanRules {
  static let all: [CensusRuleEntry] = [
    .child(PlanStartNotBeforeReferral()),
    .child(PlanStartsOnInitialConference()),
  ]
}
