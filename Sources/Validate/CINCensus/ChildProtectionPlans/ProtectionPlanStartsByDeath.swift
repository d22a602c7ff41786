import SafeguardCore

/// 8915: a child protection plan starts on or before the child's date of death.
///
/// All supported years. Fires when `PersonDeathDate` and a plan's `CPPstartDate` both read as
/// dates and the start is after the death; the same day passes. A missing or unreadable date
/// passes (other rules report those). One issue per plan, at its start, linked to the death date.
struct ProtectionPlanStartsByDeath: CensusChildRule {
  static let info = CensusRuleInfo(
    "8915", .error, module: .childProtectionPlans, fields: ["CPPstartDate", "PersonDeathDate"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    EpisodeChecks.afterDeath(
      Self.info, child, field: "CPPstartDate", modules: { $0.plans }, date: { ($0.start, $0.line) }, into: &report)
  }
}

private let message = "Child Protection Plan shown as starting after the child’s Date of Death"
