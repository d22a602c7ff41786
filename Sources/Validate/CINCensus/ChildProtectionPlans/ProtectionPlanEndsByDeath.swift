import SafeguardCore

/// 8920: a child protection plan ends on or before the child's date of death.
///
/// All supported years. Fires when `PersonDeathDate` and a plan's `CPPendDate` both read as dates
/// and the end is after the death; the same day passes. An open plan, or a missing or unreadable
/// date, passes (other rules report those). One issue per plan, at its end, linked to the death.
struct ProtectionPlanEndsByDeath: CensusChildRule {
  static let info = CensusRuleInfo(
    "8920", .error, module: .childProtectionPlans, fields: ["CPPendDate", "PersonDeathDate"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    EpisodeChecks.afterDeath(
      Self.info, child, field: "CPPendDate", modules: { $0.plans }, date: { ($0.end, $0.line) }, into: &report)
  }
}

private let message = "Child Protection Plan cannot end after the child’s Date of Death"
