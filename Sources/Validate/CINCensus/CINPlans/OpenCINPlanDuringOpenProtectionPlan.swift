import SafeguardCore

/// 4001: an episode with an open child protection plan holds no open CIN plan.
///
/// All supported years. Within one `CINdetails` episode, when a protection plan has no
/// `CPPendDate` (absent or blank), no CIN plan of the same episode may lack its `CINPlanEndDate`.
/// An end date that is present but unreadable counts as given (other rules report it). Plans in
/// different episodes are not compared. One issue per episode, naming each open CIN plan's end
/// date and then each open protection plan's end date.
struct OpenCINPlanDuringOpenProtectionPlan: CensusChildRule {
  static let info = CensusRuleInfo(
    "4001", .error, module: .cinPlans, fields: ["CINPlanEndDate", "CPPendDate"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      guard episode.cinPlans.contains(where: { $0.end.isMissing }), episode.plans.contains(where: { $0.end.isMissing })
      else { continue }
      let openCIN = episode.cinPlans.filter { $0.end.isMissing }
      let openCPP = episode.plans.filter { $0.end.isMissing }
      guard !openCIN.isEmpty, !openCPP.isEmpty else { continue }
      report.add(
        Self.info,
        at: openCIN.map { CensusPlace("CINPlanEndDate", $0.end, within: $0.line) }
          + openCPP.map { CensusPlace("CPPendDate", $0.end, within: $0.line) })
    }
  }
}

private let message = "A CIN Plan cannot run concurrently with a Child Protection Plan"
