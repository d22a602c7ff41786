import SafeguardCore

/// 8585Q: an episode closed with reason RC2 (died) belongs to a child with a valid date of death.
///
/// All supported years. Fires once per RC2 episode when the child's `PersonDeathDate` is absent,
/// blank or unreadable ("a valid date" must be present), naming the closure reason and the death
/// date. The reason code is compared as the reader upper-cases it, so `rc2` counts.
struct DiedClosureNeedsDeathDate: CensusChildRule {
  static let info = CensusRuleInfo(
    "8585Q", .query, module: .cinDetails, fields: ["ReasonForClosure", "PersonDeathDate"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    guard child.deathDate.value == nil else { return }
    for e in child.episodes where e.reasonForClosure.value == "RC2" {
      report.add(
        Self.info,
        at: [
          CensusPlace("ReasonForClosure", e.reasonForClosure, within: e.line),
          CensusPlace("PersonDeathDate", child.deathDate, within: child.line),
        ])
    }
  }
}

private let message =
  "Please check and either amend or provide a reason: CIN episode shows Died as the Closure Reason, "
  + "however child has no recorded Date of Death"
