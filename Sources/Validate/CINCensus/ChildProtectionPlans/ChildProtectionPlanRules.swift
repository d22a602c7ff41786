/// The ChildProtectionPlans rules, in code order.
enum ChildProtectionPlanRules {
  static let all: [CensusRuleEntry] = [
    .child(PlanStartNotBeforeReferral.self),
    .child(PlanStartsOnInitialConference.self),
    .child(PlanStartGivenByReferenceDate.self),
    .child(PreviousPlansGiven.self),
    .child(NoFurtherActionHasNoProtectionPlan.self),
    .child(ProtectionPlanNotStartAndEndSameDay.self),
    .child(ReviewAfterProtectionPlanStart.self),
    .child(InitialCategoryOfAbuseValid.self),
    .child(LatestCategoryOfAbuseValid.self),
    .child(ProtectionPlanStartsByDeath.self),
    .child(ProtectionPlanEndsByDeath.self),
    .child(ProtectionPlanEndNotBeforeStart.self),
    .child(ProtectionPlanEndInPeriod.self),
    .child(OneOpenProtectionPlan.self),
    .child(ProtectionPlansDoNotOverlap.self),
  ]
}
