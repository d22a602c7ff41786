import SafeguardCore

/// 8896: within one episode, at most one assessment has no authorisation date.
///
/// All supported years. An assessment is open when `AssessmentAuthorisationDate` is absent or
/// blank (an unreadable date is written and counts as closed; other rules report it). Two or more
/// open assessments in one episode are one issue, at each open assessment's authorisation date.
/// Open assessments in different episodes are not counted together.
struct OneOpenAssessmentPerEpisode: CensusChildRule {
  static let info = CensusRuleInfo(
    "8896", .error, module: .assessments, fields: ["AssessmentAuthorisationDate"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      guard episode.assessments.count(where: { $0.authorised.isMissing }) > 1 else { continue }
      let open = episode.assessments.filter { $0.authorised.isMissing }
      report.add(Self.info, at: open.map { CensusPlace("AssessmentAuthorisationDate", $0.authorised, within: $0.line) })
    }
  }
}

private let message = "Within one CINDetails group there are 2 or more open Assessments groups"
