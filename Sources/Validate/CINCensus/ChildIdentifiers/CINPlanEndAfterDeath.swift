import SafeguardCore

/// 4009: a CIN plan cannot end after the child's death.
///
/// All supported years. When `PersonDeathDate` reads as a date, every `CINPlanEndDate` of the
/// child (in any episode) must be on or before it; ending on the day of death passes, and an open
/// plan (no end date) passes. Missing or unreadable dates are skipped (other rules report them).
/// One issue per CIN plan, naming the plan's end and the date of death.
///
/// DfE publishes the same check as query 4009Q (`CINPlanEndAfterDeathQuery`); the public
/// validator runs both, and so does this build.
struct CINPlanEndAfterDeath: CensusChildRule {
  static let info = CensusRuleInfo(
    "4009", .error, module: .childIdentifiers, fields: ["PersonDeathDate", "CINPlanEndDate"], years: .all,
    message: message)

  func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for plan in CINPlanEndAfterDeath.plansEndingAfterDeath(child) {
      report.add(
        Self.info,
        at: [
          CensusPlace("CINPlanEndDate", plan.end, within: plan.line),
          CensusPlace("PersonDeathDate", child.deathDate, within: child.line),
        ])
    }
  }

  /// The child's CIN plans, in any episode, whose end date reads as a day after the date of death.
  static func plansEndingAfterDeath(_ child: CensusChild) -> [CensusCINPlan] {
    guard let death = child.deathDate.value else { return [] }
    return child.episodes.flatMap { episode in
      episode.cinPlans.filter { plan in plan.end.value.map { $0 > death } ?? false }
    }
  }
}

private let message = "CIN Plan cannot end after the child’s Date of Death"
