import SafeguardCore

/// 1105: a child protection plan does not start before the referral of its CIN episode.
///
/// All supported years. Checks each plan against the referral date of the episode it is nested in; the same
/// day passes. A plan start or referral date that is absent, blank or unreadable is left to other rules.
/// One issue per plan, at its start date, linked to the episode's referral date.
struct PlanStartNotBeforeReferral: CensusChildRule {
  static let info = CensusRuleInfo(
    "1105", .error, module: .childProtectionPlans, fields: ["CPPstartDate", "CINreferralDate"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    EpisodeChecks.startsBeforeReferral(
      Self.info, child, field: "CPPstartDate", modules: { $0.plans }, date: { ($0.start, $0.line) }, into: &report)
  }
}

private let message = "The child protection plan start date cannot be before the referral date"
