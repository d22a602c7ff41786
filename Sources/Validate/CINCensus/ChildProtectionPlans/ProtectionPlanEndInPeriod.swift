import SafeguardCore

/// 8930: a child protection plan's end date falls within the census period.
///
/// All supported years. Fires when `CPPendDate` reads as a date before 1 April of the census year
/// or after the reference date; both ends of the period pass. An absent, blank or unreadable end
/// passes (other rules report those).
struct ProtectionPlanEndInPeriod: CensusChildRule {
  static let info = CensusRuleInfo(
    "8930", .error, module: .childProtectionPlans, fields: ["CPPendDate"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    EpisodeChecks.datesWhere(
      Self.info, child, field: "CPPendDate", modules: { $0.plans }, date: { ($0.end, $0.line) },
      fails: { !context.inPeriod($0) }, into: &report)
  }
}

private let message = "Child Protection Plan End Date must fall within the census year"
