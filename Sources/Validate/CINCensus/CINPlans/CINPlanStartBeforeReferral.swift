import SafeguardCore

/// 4015: a CIN plan cannot start before its episode's referral.
///
/// All supported years. Each `CINPlanStartDate` that reads as a date must be on or after the
/// `CINreferralDate` of the `CINdetails` episode holding the plan; the referral day itself passes.
/// A missing or unreadable date is skipped (other rules report it). One issue per plan, naming
/// the plan's start and the referral date.
struct CINPlanStartBeforeReferral: CensusChildRule {
  static let info = CensusRuleInfo(
    "4015", .error, module: .cinPlans, fields: ["CINPlanStartDate", "CINreferralDate"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    EpisodeChecks.startsBeforeReferral(
      Self.info, child, field: "CINPlanStartDate", modules: { $0.cinPlans }, date: { ($0.start, $0.line) },
      into: &report)
  }
}

private let message = "The CIN Plan start date cannot be before the referral date"
