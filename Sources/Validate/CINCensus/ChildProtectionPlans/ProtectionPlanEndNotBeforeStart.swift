import SafeguardCore

/// 8925: a child protection plan does not end before it starts.
///
/// All supported years. Fires when `CPPstartDate` and `CPPendDate` both read as dates and the end
/// is the day before the start or earlier; the same day passes here (8840 reports it). A missing
/// or unreadable date passes (other rules report those).
struct ProtectionPlanEndNotBeforeStart: CensusChildRule {
  static let info = CensusRuleInfo(
    "8925", .error, module: .childProtectionPlans, fields: ["CPPstartDate", "CPPendDate"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    EpisodeChecks.datePairsWhere(
      Self.info, child, modules: { $0.plans }, first: ("CPPendDate", { $0.end }),
      second: ("CPPstartDate", { $0.start }),
      line: { $0.line }, fail: { end, start in end < start }, into: &report)
  }
}

private let message = "Child Protection Plan End Date earlier than Start Date"
