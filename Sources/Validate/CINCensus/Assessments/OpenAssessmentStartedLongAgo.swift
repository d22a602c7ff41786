import SafeguardCore

/// 8670Q: an assessment with no authorisation date should not have started before the reference
/// date minus 45 working days.
///
/// All supported years. The cut-off is the 45th working day before the reference date
/// (weekends and England bank holidays skipped; with the reference date on a Monday, 31 March
/// 2025, it is Monday 27 January 2025). A start on the cut-off passes; any day before it,
/// including the weekend just before, is queried, as DfE's text compares dates. Only assessments
/// whose authorisation date is absent or blank are checked (an unreadable one is given); a start
/// that is missing or unreadable is left to other rules.
struct OpenAssessmentStartedLongAgo: CensusChildRule {
  static let info = CensusRuleInfo(
    "8670Q", .query, module: .assessments, fields: ["AssessmentActualStartDate", "AssessmentAuthorisationDate"],
    years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    let cutOff = context.fortyFiveWorkingDaysBefore
    for episode in child.episodes {
      for a in episode.assessments where a.authorised.isMissing {
        guard let start = a.start.value, start < cutOff else { continue }
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

private let message =
  "Please check: Assessment started more than 45 working days before the end of the census year. "
  + "However, there is no Assessment end date. "
