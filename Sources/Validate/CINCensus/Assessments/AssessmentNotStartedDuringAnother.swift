import SafeguardCore

/// 8863Q: within one episode, no assessment starts while another assessment of the episode is open.
///
/// All supported years. An assessment's start overlaps another assessment of the same episode when
/// it falls on or between that one's start and authorisation dates (both inclusive) or, when that
/// one has no authorisation date (absent or blank), on or between its start and the reference date.
/// Assessments whose start date is missing or unreadable are skipped, as is an unreadable
/// authorisation date (other rules report those). Two assessments with the same dates overlap.
/// One issue per overlapping pair, at the later start, linked to the other assessment's dates.
///
/// DfE lists this code as a query: `rule_8863.py` in the public implementation is the earlier
/// error, which tested the starting assessment's own authorisation date; `rule_8863Q.py` and DfE's
/// text test the other assessment's, as here. Assessments in different episodes are never compared.
struct AssessmentNotStartedDuringAnother: CensusChildRule {
  static let info = CensusRuleInfo(
    "8863Q", .query, module: .assessments, fields: ["AssessmentActualStartDate", "AssessmentAuthorisationDate"],
    years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      for (inside, open) in EpisodeChecks.startedWithinAnother(
        episode.assessments, start: \.start, end: \.authorised, stillOpen: { _ in true },
        reference: context.referenceDate)
      {
        report.add(
          Self.info,
          at: [
            CensusPlace("AssessmentActualStartDate", inside.start, within: inside.line),
            CensusPlace("AssessmentActualStartDate", open.start, within: open.line),
            CensusPlace("AssessmentAuthorisationDate", open.authorised, within: open.line),
          ])
      }
    }
  }
}

private let message = "An Assessment is shown as starting when there is another Assessment ongoing."
