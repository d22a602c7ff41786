import SafeguardCore

/// 8840: a child protection plan does not start and end on the same day.
///
/// All supported years. Fires when `CPPstartDate` and `CPPendDate` both read as dates and are the
/// same day; an end the day after passes (an end before the start is 8925's). A missing or
/// unreadable date passes (other rules report those).
struct ProtectionPlanNotStartAndEndSameDay: CensusChildRule {
  static let info = CensusRuleInfo(
    "8840", .error, module: .childProtectionPlans, fields: ["CPPstartDate", "CPPendDate"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    EpisodeChecks.datePairsWhere(
      Self.info, child, modules: { $0.plans }, first: ("CPPstartDate", { $0.start }),
      second: ("CPPendDate", { $0.end }),
      line: { $0.line }, fail: { $0 == $1 }, into: &report)
  }
}

private let message = "Child Protection Plan cannot start and end on the same day"
