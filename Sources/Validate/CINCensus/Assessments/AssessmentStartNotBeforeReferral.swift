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

  func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      guard let referral = episode.referralDate.value else { continue }
      for a in episode.assessments {
        guard let start = a.start.value, start < referral else { continue }
        report.add(
          Self.info,
          at: [
            CensusPlace("AssessmentActualStartDate", a.start, within: a.line),
            CensusPlace("CINreferralDate", episode.referralDate, within: episode.line),
          ])
      }
    }
  }
}

private let message = "The assessment start date cannot be before the referral date"
