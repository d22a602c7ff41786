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

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    EpisodeChecks.afterDeath(
      Self.info, child, field: "CINPlanEndDate", modules: { $0.cinPlans }, date: { ($0.end, $0.line) }, into: &report)
  }
}

private let message = "CIN Plan cannot end after the child’s Date of Death"
