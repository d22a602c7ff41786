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

  func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    guard let death = child.deathDate.value else { return }
    for episode in child.episodes {
      for p in episode.plans {
        guard let end = p.end.value, end > death else { continue }
        report.add(
          Self.info,
          at: [
            CensusPlace("CPPendDate", p.end, within: p.line),
            CensusPlace("PersonDeathDate", child.deathDate, within: child.line),
          ])
      }
    }
  }
}

private let message = "Child Protection Plan cannot end after the child’s Date of Death"
