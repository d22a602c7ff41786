import SafeguardCore

/// 4012Q: a CIN plan should not start and end on the same day.
///
/// All supported years. Fires for a `CINPlanDates` group whose `CINPlanStartDate` and
/// `CINPlanEndDate` read as the same day; a plan ending the next day (or any other day) passes,
/// and a missing or unreadable date is skipped. One issue per plan, naming the start and the end.
struct CINPlanStartsAndEndsSameDay: CensusChildRule {
  static let info = CensusRuleInfo(
    "4012Q", .query, module: .cinPlans, fields: ["CINPlanStartDate", "CINPlanEndDate"], years: .all,
    message: message)

  func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      for plan in episode.cinPlans {
        guard let start = plan.start.value, let end = plan.end.value, start == end else { continue }
        report.add(
          Self.info,
          at: [
            CensusPlace("CINPlanStartDate", plan.start, within: plan.line),
            CensusPlace("CINPlanEndDate", plan.end, within: plan.line),
          ])
      }
    }
  }
}

private let message = "CIN Plan shown as starting and ending on the same day - please check"
