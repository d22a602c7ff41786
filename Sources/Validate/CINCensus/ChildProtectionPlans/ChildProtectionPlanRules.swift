/// The ChildProtectionPlans rules, in code order.
enum ChildProtectionPlanRules {
  static let all: [CensusRuleEntry] = [
    .child(PlanStartNotBeforeReferral()),
    .child(PlanStartsOnInitialConference()),
    .child(PlanStartGivenByReferenceDate()),
    .child(PreviousPlansGiven()),
    .child(NoFurtherActionHasNoProtectionPlan()),
    .child(ProtectionPlanNotStartAndEndSameDay()),
    .child(ReviewAfterProtectionPlanStart()),
    .child(InitialCategoryOfAbuseValid()),
    .child(LatestCategoryOfAbuseValid()),
    .child(ProtectionPlanStartsByDeath()),
    .child(ProtectionPlanEndsByDeath()),
    .child(ProtectionPlanEndNotBeforeStart()),
    .child(ProtectionPlanEndInPeriod()),
    .child(OneOpenProtectionPlan()),
    .child(ProtectionPlansDoNotOverlap()),
  ]
}
