import SafeguardCore

/// 8935: a child has at most one open child protection plan (one with no end date).
///
/// All supported years. Counts the child's plans in all episodes whose `CPPendDate` is absent or
/// blank (an unreadable end is written and counts as ended; other rules report it). Two or more
/// open plans are one issue, at each open plan's end date.
///
/// DfE over the public implementation: DfE's text counts the child's plans; the public code counts
/// within each plan identifier, so it never finds two distinct open plans.
struct OneOpenProtectionPlan: CensusChildRule {
  static let info = CensusRuleInfo(
    "8935", .error, module: .childProtectionPlans, fields: ["CPPendDate"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    let openCount = child.episodes.reduce(0) { $0 + $1.plans.count(where: { $0.end.isMissing }) }
    guard openCount > 1 else { return }
    let open = child.episodes.flatMap(\.plans).filter { $0.end.isMissing }
    report.add(Self.info, at: open.map { CensusPlace("CPPendDate", $0.end, within: $0.line) })
  }
}

private let message = "This child is showing more than one open Child Protection plan, i.e. with no End Date"
