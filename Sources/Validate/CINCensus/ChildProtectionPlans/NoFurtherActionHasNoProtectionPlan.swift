import SafeguardCore

/// 8832: an episode marked as a referral with no further action holds no child protection plan.
///
/// All supported years. When `ReferralNFA` reads true or 1 and the episode has one or more
/// `<ChildProtectionPlans>` modules (of any content), fires once, at `ReferralNFA`, linked to each
/// plan. `ReferralNFA` false, 0, missing or unreadable passes.
struct NoFurtherActionHasNoProtectionPlan: CensusChildRule {
  static let info = CensusRuleInfo(
    "8832", .error, module: .childProtectionPlans, fields: ["ReferralNFA", "ChildProtectionPlans"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes where episode.referralNFA.value == .yes && !episode.plans.isEmpty {
      report.add(
        Self.info,
        at: [CensusPlace("ReferralNFA", episode.referralNFA, within: episode.line)]
          + episode.plans.map { CensusPlace("ChildProtectionPlans", line: $0.line) })
    }
  }
}

private let message = "Child Protection details provided for a referral with no further action."
