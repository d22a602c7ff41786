import SafeguardCore

/// 4004: an episode holds at most one CIN plan without an end date.
///
/// All supported years. Within one `CINdetails` episode, fires when two or more `CINPlanDates`
/// groups have no `CINPlanEndDate` (absent or blank); an unreadable end date counts as given (other
/// rules report it). Open plans in different episodes are not counted together. One issue per
/// episode, naming every open plan's end date.
struct MoreThanOneOpenCINPlan: CensusChildRule {
  static let info = CensusRuleInfo(
    "4004", .error, module: .cinPlans, fields: ["CINPlanEndDate"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      guard episode.cinPlans.count(where: { $0.end.isMissing }) > 1 else { continue }
      let open = episode.cinPlans.filter { $0.end.isMissing }
      report.add(Self.info, at: open.map { CensusPlace("CINPlanEndDate", $0.end, within: $0.line) })
    }
  }
}

private let message = "This child is showing more than one open CIN Plan, i.e. with no End Date"
