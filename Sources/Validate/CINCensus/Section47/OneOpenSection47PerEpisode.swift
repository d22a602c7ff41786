import SafeguardCore

/// 8839: within one episode, at most one Section 47 enquiry is open.
///
/// All supported years. A Section 47 is open when its `DateOfInitialCPC` is absent or blank and
/// `ICPCnotRequired` is not true or 1 (false, 0, missing or unreadable). An unreadable conference
/// date is written, so the enquiry counts as completed here (other rules report it). Two or more
/// open enquiries in one episode are one issue, at each one's `DateOfInitialCPC`. Open enquiries in
/// different episodes are not counted together.
struct OneOpenSection47PerEpisode: CensusChildRule {
  static let info = CensusRuleInfo(
    "8839", .error, module: .section47, fields: ["DateOfInitialCPC", "ICPCnotRequired"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      func isOpen(_ s: CensusSection47) -> Bool { s.icpcDate.isMissing && s.icpcNotRequired.value != .yes }
      guard episode.section47s.count(where: isOpen) > 1 else { continue }
      let open = episode.section47s.filter(isOpen)
      report.add(Self.info, at: open.map { CensusPlace("DateOfInitialCPC", $0.icpcDate, within: $0.line) })
    }
  }
}

private let message = "Within one CINDetails group there are 2 or more open S47 Assessments"
