import SafeguardCore

/// 8930: a child protection plan's end date falls within the census period.
///
/// All supported years. Fires when `CPPendDate` reads as a date before 1 April of the census year
/// or after the reference date; both ends of the period pass. An absent, blank or unreadable end
/// passes (other rules report those).
struct ProtectionPlanEndInPeriod: CensusChildRule {
  static let info = CensusRuleInfo(
    "8930", .error, module: .childProtectionPlans, fields: ["CPPendDate"], years: .all, message: message)

  func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      for p in episode.plans {
        guard let end = p.end.value, !context.inPeriod(end) else { continue }
        report.add(Self.info, at: CensusPlace("CPPendDate", p.end, within: p.line))
      }
    }
  }
}

private let message = "Child Protection Plan End Date must fall within the census year"
