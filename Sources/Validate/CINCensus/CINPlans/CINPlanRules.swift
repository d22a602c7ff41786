/// The CINPlans rules, in code order.
enum CINPlanRules {
  static let all: [CensusRuleEntry] = [
    .child(CINPlanAfterNoFurtherAction.self),
    .child(OpenCINPlanDuringOpenProtectionPlan.self),
    .child(MoreThanOneOpenCINPlan.self),
    .child(CINPlanStartMissingOrAfterReferenceDate.self),
    .child(CINPlanEndBeforeStart.self),
    .child(CINPlanStartsAndEndsSameDay.self),
    .child(CINPlanEndOutsidePeriod.self),
    .child(OverlappingCINPlans.self),
    .child(CINPlanStartBeforeReferral.self),
    .child(CINPlanStartDuringProtectionPlan.self),
    .child(ProtectionPlanStartDuringCINPlan.self),
  ]
}
