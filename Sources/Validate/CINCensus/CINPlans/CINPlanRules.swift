/// The CINPlans rules, in code order.
enum CINPlanRules {
  static let all: [CensusRuleEntry] = [
    .child(CINPlanAfterNoFurtherAction()),
    .child(OpenCINPlanDuringOpenProtectionPlan()),
    .child(MoreThanOneOpenCINPlan()),
    .child(CINPlanStartMissingOrAfterReferenceDate()),
    .child(CINPlanEndBeforeStart()),
    .child(CINPlanStartsAndEndsSameDay()),
    .child(CINPlanEndOutsidePeriod()),
    .child(OverlappingCINPlans()),
    .child(CINPlanStartBeforeReferral()),
    .child(CINPlanStartDuringProtectionPlan()),
    .child(ProtectionPlanStartDuringCINPlan()),
  ]
}
