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

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    EpisodeChecks.datePairsWhere(
      Self.info, child, modules: { $0.cinPlans }, first: ("CINPlanStartDate", { $0.start }),
      second: ("CINPlanEndDate", { $0.end }),
      line: { $0.line }, fail: { $0 == $1 }, into: &report)
  }
}

private let message = "CIN Plan shown as starting and ending on the same day - please check"
