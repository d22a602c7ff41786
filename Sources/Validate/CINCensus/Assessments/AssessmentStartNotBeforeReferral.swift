import SafeguardCore

/// 1103: an assessment does not start before the referral of its CIN episode.
///
/// All supported years. Checks each assessment against the referral date of the episode it is nested in;
/// the same day passes. An assessment start or referral date that is absent, blank or unreadable is left to
/// other rules. One issue per assessment, at its start date, linked to the episode's referral date.
struct AssessmentStartNotBeforeReferral: CensusChildRule {
  static let info = CensusRuleInfo(
    "1103", .error, module: .assessments, fields: ["AssessmentActualStartDate", "CINreferralDate"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    EpisodeChecks.startsBeforeReferral(
      Self.info, child, field: "AssessmentActualStartDate", modules: { $0.assessments }, date: { ($0.start, $0.line) },
      into: &report)
  }
}

private let message = "The assessment start date cannot be before the referral date"
