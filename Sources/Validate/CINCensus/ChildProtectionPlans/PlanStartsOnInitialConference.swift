import SafeguardCore

/// 2885: a child protection plan starting in the census period starts on the day of its initial child
/// protection conference.
///
/// All supported years. For each plan whose start date falls in the period (1 April to the reference date,
/// both included), the start must equal the `DateOfInitialCPC` of a Section 47 module in the same episode;
/// only when the episode has no Section 47 module at all may it equal the episode's own `DateOfInitialCPC`
/// instead. Plans starting before 1 April, and plans whose start is absent, blank or unreadable, are not
/// checked. One issue per plan, at its start date, linked to the conference dates it was compared with.
///
/// DfE's text allows the CIN details date only where there is no associated Section 47 record; the public
/// implementation accepts either date in every case.
struct PlanStartsOnInitialConference: CensusChildRule {
  static let info = CensusRuleInfo(
    "2885", .error, module: .childProtectionPlans, fields: ["CPPstartDate", "DateOfInitialCPC"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes where !episode.plans.isEmpty {
      let compared: [(CensusDate, Int32)] =
        episode.section47s.isEmpty
        ? [(episode.dateOfInitialCPC, episode.line)] : episode.section47s.map { ($0.icpcDate, $0.line) }
      for plan in episode.plans {
        guard let start = plan.start.value, context.inPeriod(start) else { continue }
        if compared.contains(where: { $0.0.value == start }) { continue }
        let linked = compared.filter { !$0.0.isMissing }.map { CensusPlace("DateOfInitialCPC", $0.0, within: $0.1) }
        report.add(Self.info, at: [CensusPlace("CPPstartDate", plan.start, within: plan.line)] + linked)
      }
    }
  }
}

private let message =
  "Child protection plan shown as starting a different day to the initial child protection conference."
