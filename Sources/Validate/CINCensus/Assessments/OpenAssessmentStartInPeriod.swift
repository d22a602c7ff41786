import SafeguardCore

/// 8736: an assessment with no authorisation date started within the census year.
///
/// All supported years. Only assessments whose authorisation date is absent or blank are
/// checked (an unreadable one is given); their start must be on or after 1 April and on or
/// before the reference date. A start that is missing or unreadable is left to other rules.
/// The public implementation selects starts inside the year (and never calls its missing-date
/// test); this follows DfE's text and reports starts outside it.
struct OpenAssessmentStartInPeriod: CensusChildRule {
  static let info = CensusRuleInfo(
    "8736", .error, module: .assessments, fields: ["AssessmentActualStartDate", "AssessmentAuthorisationDate"],
    years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      for a in episode.assessments where a.authorised.isMissing {
        guard let start = a.start.value, !context.inPeriod(start) else { continue }
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

private let message = "For an Assessment that has not been completed, the start date must fall within the census year"
