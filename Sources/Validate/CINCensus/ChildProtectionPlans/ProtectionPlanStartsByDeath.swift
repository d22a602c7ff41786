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

  func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    guard let death = child.deathDate.value else { return }
    for episode in child.episodes {
      for p in episode.plans {
        guard let start = p.start.value, start > death else { continue }
        report.add(
          Self.info,
          at: [
            CensusPlace("CPPstartDate", p.start, within: p.line),
            CensusPlace("PersonDeathDate", child.deathDate, within: child.line),
          ])
      }
    }
  }
}

private let message = "Child Protection Plan shown as starting after the child’s Date of Death"
