import SafeguardCore

/// 8890: within one episode, no Section 47 enquiry starts while another enquiry of the episode is
/// ongoing.
///
/// All supported years. An enquiry's `S47ActualStartDate` overlaps another enquiry of the same
/// episode when it falls on or between that one's start and `DateOfInitialCPC` (both inclusive) or,
/// when that one has no conference date (absent or blank) and `ICPCnotRequired` is not true or 1,
/// on or between its start and the reference date. An enquiry with no conference date and
/// `ICPCnotRequired` true is over and bounds nothing. Start dates that are missing or unreadable,
/// and unreadable conference dates, skip the pair (other rules report those). One issue per
/// overlapping pair, at the later start, linked to the other enquiry's dates.
///
/// DfE over the public implementation: DfE compares enquiries within one `<CINdetails>`; the public
/// code compares each enquiry with the enquiries of the child's other episodes instead.
struct Section47NotStartedDuringAnother: CensusChildRule {
  static let info = CensusRuleInfo(
    "8890", .error, module: .section47, fields: ["S47ActualStartDate", "DateOfInitialCPC"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      for (inside, open) in EpisodeChecks.startedWithinAnother(
        episode.section47s, start: \.start, end: \.icpcDate, stillOpen: { $0.icpcNotRequired.value != .yes },
        reference: context.referenceDate)
      {
        report.add(
          Self.info,
          at: [
            CensusPlace("S47ActualStartDate", inside.start, within: inside.line),
            CensusPlace("S47ActualStartDate", open.start, within: open.line),
            CensusPlace("DateOfInitialCPC", open.icpcDate, within: open.line),
          ])
      }
    }
  }
}

private let message = "A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing"
