import SafeguardCore

/// 8610: a referral that led to further action has a primary need code.
///
/// All supported years. When `ReferralNFA` reads false or 0, `PrimaryNeedCode` must have text;
/// absent (at the episode's line) or blank fires. Whether the code is a valid one is another
/// rule's. A flag that is true, missing or unreadable asks nothing here.
struct PrimaryNeedForFurtherAction: CensusChildRule {
  static let info = CensusRuleInfo(
    "8610", .error, module: .cinDetails, fields: ["ReferralNFA", "PrimaryNeedCode"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for e in child.episodes where e.referralNFA.value == .no && e.primaryNeed.isMissing {
      report.add(
        Self.info,
        at: [
          CensusPlace("PrimaryNeedCode", e.primaryNeed, within: e.line),
          CensusPlace("ReferralNFA", e.referralNFA, within: e.line),
        ])
    }
  }
}

private let message = "Primary Need code is missing for a referral which led to further action."
