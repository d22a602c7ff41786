import SafeguardCore

/// 8696: an assessment's authorisation date, when given, falls within the census year.
///
/// All supported years. The census year runs from 1 April to the reference date, both
/// included: 1 April and the reference date pass, 31 March before and the day after the
/// reference date fail. An authorisation date that is absent, blank or unreadable passes
/// (other rules report those).
struct AssessmentAuthorisationInPeriod: CensusChildRule {
  static let info = CensusRuleInfo(
    "8696", .error, module: .assessments, fields: ["AssessmentAuthorisationDate"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    EpisodeChecks.datesWhere(
      Self.info, child, field: "AssessmentAuthorisationDate", modules: { $0.assessments },
      date: { ($0.authorised, $0.line) },
      fails: { !context.inPeriod($0) }, into: &report)
  }
}

private let message = "Assessment end date must fall within the census year"
