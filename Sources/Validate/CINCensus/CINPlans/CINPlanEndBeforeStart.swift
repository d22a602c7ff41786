import SafeguardCore

/// 4011: a CIN plan cannot end before it starts.
///
/// All supported years. Checks each `CINPlanDates` group whose `CINPlanStartDate` and
/// `CINPlanEndDate` both read as dates; ending on the day it started passes (query 4012Q asks
/// about that). A missing or unreadable date is skipped (other rules report it). One issue per
/// plan, naming the end and the start.
struct CINPlanEndBeforeStart: CensusChildRule {
  static let info = CensusRuleInfo(
    "4011", .error, module: .cinPlans, fields: ["CINPlanEndDate", "CINPlanStartDate"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    EpisodeChecks.datePairsWhere(
      Self.info, child, modules: { $0.cinPlans }, first: ("CINPlanEndDate", { $0.end }),
      second: ("CINPlanStartDate", { $0.start }),
      line: { $0.line }, fail: { end, start in end < start }, into: &report)
  }
}

private let message = "CIN Plan End Date earlier than Start Date"
