import SafeguardCore

/// 8590: every child has at least one `CINdetails` group.
///
/// All supported years. Fires once for a child with no CIN episode, at the child's `LAchildID`
/// (the child's line when the identifier is absent). An episode counts however empty it is.
struct ChildHasCINEpisode: CensusChildRule {
  static let info = CensusRuleInfo(
    "8590", .error, module: .childIdentifiers, fields: ["LAchildID"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    guard child.episodes.isEmpty else { return }
    report.add(Self.info, at: CensusPlace("LAchildID", child.laChildID, within: child.line))
  }
}

private let message = "Child does not have a recorded CIN episode."
