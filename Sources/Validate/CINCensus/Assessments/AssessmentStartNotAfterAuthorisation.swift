import SafeguardCore

/// 8608: an assessment cannot be authorised before it started.
///
/// All supported years. Checks each assessment whose start and authorisation dates both read as
/// dates; a blank or unreadable date belongs to other rules. The same day passes. Reported only:
/// the assessment stays in every figure.
struct AssessmentStartNotAfterAuthorisation: CensusChildRule {
  static let info = CensusRuleInfo(
    "8608", .error, module: .assessments, fields: ["AssessmentActualStartDate", "AssessmentAuthorisationDate"],
    years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      for a in episode.assessments {
        guard let start = a.start.value, let authorised = a.authorised.value, start > authorised else { continue }
        report.add(
          Self.info,
          at: [
            CensusPlace("AssessmentActualStartDate", a.start, within: a.line),
            CensusPlace("AssessmentAuthorisationDate", a.authorised, within: a.line),
          ])
      }
    }
  }
}

private let message = "Assessment Start Date cannot be later than its End Date"
