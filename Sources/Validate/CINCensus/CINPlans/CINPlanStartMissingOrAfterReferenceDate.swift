import SafeguardCore

/// 4010: every CIN plan has a start date, on or before the reference date.
///
/// All supported years. Fires for a `CINPlanDates` group whose `CINPlanStartDate` is absent or
/// blank, or reads as a day after the census reference date; the reference date itself passes,
/// and so does a start in an earlier census year (the plan may have run on from it). An unreadable
/// start is left to the reader's own finding. One issue per plan, at its start date.
///
/// DfE publishes this rule once; the public validator keeps two copies (`rule_4010.py` and an
/// older draft, `rule_4010v2.py`) with the same check, and this is that check.
struct CINPlanStartMissingOrAfterReferenceDate: CensusChildRule {
  static let info = CensusRuleInfo(
    "4010", .error, module: .cinPlans, fields: ["CINPlanStartDate"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      for plan in episode.cinPlans {
        let fires = plan.start.isMissing || (plan.start.value.map { $0 > context.referenceDate } ?? false)
        guard fires else { continue }
        report.add(Self.info, at: CensusPlace("CINPlanStartDate", plan.start, within: plan.line))
      }
    }
  }
}

private let message = "CIN Plan start date is missing or out of data collection period"
