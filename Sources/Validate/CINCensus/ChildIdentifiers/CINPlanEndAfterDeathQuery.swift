import SafeguardCore

/// 4009Q: a CIN plan should not end after the child's death (DfE's query form of 4009).
///
/// All supported years. The same check as 4009 (`CINPlanEndAfterDeath`): when `PersonDeathDate`
/// reads as a date, a `CINPlanEndDate` after it fires; the day of death passes, an open plan
/// passes, and missing or unreadable dates are skipped. One issue per CIN plan, naming the plan's
/// end and the date of death. The public validator runs both codes; a file failing one fails the
/// other.
struct CINPlanEndAfterDeathQuery: CensusChildRule {
  static let info = CensusRuleInfo(
    "4009Q", .query, module: .childIdentifiers, fields: ["PersonDeathDate", "CINPlanEndDate"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    EpisodeChecks.afterDeath(
      Self.info, child, field: "CINPlanEndDate", modules: { $0.cinPlans }, date: { ($0.end, $0.line) }, into: &report)
  }
}

private let message = "CIN Plan cannot end after the child’s Date of Death"
