import SafeguardCore

/// 2990: an episode closed as `RC8` (case closed after assessment, no further action) records no Section 47,
/// child protection plan, initial child protection conference or CIN plan.
///
/// All supported years. `RC8` is matched in any letter case. Any `Section47`, `ChildProtectionPlans` or
/// `CINPlanDates` module nested in the episode fires, whatever it holds, and so does the episode's own
/// `DateOfInitialCPC` when it has any text (blank passes). One issue per episode, at its reason for closure,
/// linked to each module or date that should not be there.
struct NoActivityAfterNoFurtherAction: CensusChildRule {
  static let info = CensusRuleInfo(
    "2990", .error, module: .cinDetails,
    fields: ["ReasonForClosure", "DateOfInitialCPC", "Section47", "ChildProtectionPlans", "CINPlanDates"],
    years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes where episode.reasonForClosure.value == "RC8" {
      var linked: [CensusPlace] = []
      if !episode.dateOfInitialCPC.isMissing {
        linked.append(CensusPlace("DateOfInitialCPC", episode.dateOfInitialCPC, within: episode.line))
      }
      linked += episode.cinPlans.map { CensusPlace("CINPlanDates", line: $0.line) }
      linked += episode.section47s.map { CensusPlace("Section47", line: $0.line) }
      linked += episode.plans.map { CensusPlace("ChildProtectionPlans", line: $0.line) }
      guard !linked.isEmpty else { continue }
      report.add(
        Self.info, at: [CensusPlace("ReasonForClosure", episode.reasonForClosure, within: episode.line)] + linked)
    }
  }
}

private let message =
  "Activity is recorded against a case marked as ‘Case closed after assessment, no further action’."
