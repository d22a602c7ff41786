import SafeguardCore

/// 2889: a Section 47 enquiry does not start before the referral of its CIN episode.
///
/// All supported years. Checks each Section 47 module against the referral date of the episode it is nested
/// in; the same day passes. A start or referral date that is absent, blank or unreadable is left to other
/// rules. One issue per Section 47, at its start date, linked to the episode's referral date.
struct Section47StartNotBeforeReferral: CensusChildRule {
  static let info = CensusRuleInfo(
    "2889", .error, module: .section47, fields: ["S47ActualStartDate", "CINreferralDate"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    EpisodeChecks.startsBeforeReferral(
      Self.info, child, field: "S47ActualStartDate", modules: { $0.section47s }, date: { ($0.start, $0.line) },
      into: &report)
  }
}

private let message = "The S47 start date cannot be before the referral date."
