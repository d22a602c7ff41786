/// The ChildProtectionPlans rules, in code order.
enum ChildProtectionPlanRules {
  static let all: [CensusRuleEntry] = [
    .child(PlanStartGivenByReferenceDate()),
    .child(PreviousPlansGiven()),
  ]
}
