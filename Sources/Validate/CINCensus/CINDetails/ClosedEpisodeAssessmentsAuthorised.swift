import SafeguardCore

/// 8867: when an episode has a closure date, every one of its assessments has an authorisation date.
///
/// All supported years. An episode whose `CINclosureDate` is written (readable or not) is checked;
/// each of its assessments with `AssessmentAuthorisationDate` absent or blank is one issue, at the
/// closure date, linked to the assessment. An unreadable authorisation date is written, so it
/// passes here (other rules report it). An episode with no assessments passes.
///
/// DfE over the public implementation: DfE's text asks that all assessments present be
/// authorised; the public code also fires on a closed episode that has no assessment at all.
struct ClosedEpisodeAssessmentsAuthorised: CensusChildRule {
  static let info = CensusRuleInfo(
    "8867", .error, module: .cinDetails, fields: ["CINclosureDate", "AssessmentAuthorisationDate"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes where !episode.closureDate.isMissing {
      for a in episode.assessments where a.authorised.isMissing {
        report.add(
          Self.info,
          at: [
            CensusPlace("CINclosureDate", episode.closureDate, within: episode.line),
            CensusPlace("AssessmentAuthorisationDate", a.authorised, within: a.line),
          ])
      }
    }
  }
}

private let message = "CIN episode is shown as closed, however Assessment is not shown as completed"
