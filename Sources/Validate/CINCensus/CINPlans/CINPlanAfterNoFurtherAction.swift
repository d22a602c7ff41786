import SafeguardCore

/// 4000: an episode whose referral led to no further action holds no CIN plan.
///
/// All supported years. Fires once per episode whose `ReferralNFA` reads as true (`true` or `1`)
/// and that holds at least one `CINPlanDates` group, whatever the plan's dates say. A false,
/// blank, absent or unreadable `ReferralNFA` passes (other rules report those). The issue names
/// the `ReferralNFA` and every CIN plan of the episode.
struct CINPlanAfterNoFurtherAction: CensusChildRule {
  static let info = CensusRuleInfo(
    "4000", .error, module: .cinPlans, fields: ["ReferralNFA", "CINPlanDates"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes where episode.referralNFA.value == .yes && !episode.cinPlans.isEmpty {
      report.add(
        Self.info,
        at: [CensusPlace("ReferralNFA", episode.referralNFA, within: episode.line)]
          + episode.cinPlans.map { CensusPlace("CINPlanDates", line: $0.line) })
    }
  }
}

private let message = "CIN Plan details provided for a referral with no further action"
