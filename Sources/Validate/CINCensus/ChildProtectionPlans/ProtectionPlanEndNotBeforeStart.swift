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

  func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      for p in episode.plans {
        guard let start = p.start.value, let end = p.end.value, end < start else { continue }
        report.add(
          Self.info,
          at: [CensusPlace("CPPendDate", p.end, within: p.line), CensusPlace("CPPstartDate", p.start, within: p.line)])
      }
    }
  }
}

private let message = "Child Protection Plan End Date earlier than Start Date"
