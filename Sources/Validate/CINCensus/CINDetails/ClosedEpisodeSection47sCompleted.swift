import SafeguardCore

/// 8868: when an episode has a closure date, every one of its Section 47 enquiries has an initial
/// conference date or `ICPCnotRequired` true.
///
/// All supported years. An episode whose `CINclosureDate` is written (readable or not) is checked;
/// each Section 47 with `DateOfInitialCPC` absent or blank and `ICPCnotRequired` not true or 1
/// (false, 0, missing or unreadable) is one issue, at the closure date, linked to the enquiry's two
/// elements. Either one completes the enquiry; both together pass here. An episode with no
/// Section 47 passes.
///
/// DfE over the public implementation: DfE's text asks for either completion; the public code
/// also fires when an enquiry has both, and on a closed episode with no Section 47 at all.
struct ClosedEpisodeSection47sCompleted: CensusChildRule {
  static let info = CensusRuleInfo(
    "8868", .error, module: .cinDetails, fields: ["CINclosureDate", "DateOfInitialCPC", "ICPCnotRequired"],
    years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes where !episode.closureDate.isMissing {
      for s in episode.section47s where s.icpcDate.isMissing && s.icpcNotRequired.value != .yes {
        report.add(
          Self.info,
          at: [
            CensusPlace("CINclosureDate", episode.closureDate, within: episode.line),
            CensusPlace("DateOfInitialCPC", s.icpcDate, within: s.line),
            CensusPlace("ICPCnotRequired", s.icpcNotRequired, within: s.line),
          ])
      }
    }
  }
}

private let message =
  "CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not "
  + "required flag"
