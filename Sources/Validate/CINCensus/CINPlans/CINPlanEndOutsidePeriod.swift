import SafeguardCore

/// 4013: a CIN plan's end date falls within the census period.
///
/// All supported years. A `CINPlanEndDate` that reads as a date must be on or after 1 April and on
/// or before the reference date (both ends pass); 31 March of the year before and the day after
/// the reference date fire. An absent or blank end date (an open plan) passes, and an unreadable
/// one is left to the reader's own finding. One issue per plan, at its end date.
struct CINPlanEndOutsidePeriod: CensusChildRule {
  static let info = CensusRuleInfo(
    "4013", .error, module: .cinPlans, fields: ["CINPlanEndDate", "ReferenceDate"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    EpisodeChecks.datesWhere(
      Self.info, child, field: "CINPlanEndDate", modules: { $0.cinPlans }, date: { ($0.end, $0.line) },
      fails: { !context.inPeriod($0) }, into: &report)
  }
}

private let message = "CIN Plan end date must fall within the census year"
