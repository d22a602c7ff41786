import SafeguardCore

/// 4008: a CIN plan cannot start after the child's death.
///
/// All supported years. When `PersonDeathDate` reads as a date, every `CINPlanStartDate` of the
/// child (in any episode) must be on or before it; starting on the day of death passes. Missing
/// or unreadable dates are skipped (other rules report them). One issue per CIN plan, naming the
/// plan's start and the date of death.
struct CINPlanStartAfterDeath: CensusChildRule {
  static let info = CensusRuleInfo(
    "4008", .error, module: .childIdentifiers, fields: ["PersonDeathDate", "CINPlanStartDate"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    EpisodeChecks.afterDeath(
      Self.info, child, field: "CINPlanStartDate", modules: { $0.cinPlans }, date: { ($0.start, $0.line) },
      into: &report)
  }
}

private let message = "CIN Plan shown as starting after the child’s Date of Death."
