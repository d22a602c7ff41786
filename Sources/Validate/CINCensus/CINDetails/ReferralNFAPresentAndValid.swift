import SafeguardCore

/// 8568: each CIN episode has a `ReferralNFA` that reads as true, false, 1 or 0.
///
/// All supported years. Fires once per episode whose flag is absent (at the episode's line),
/// blank, or any other text (`yes`, `2`). Letter case is the reader's: it reads `True` and `FALSE`
/// as booleans, so they pass.
struct ReferralNFAPresentAndValid: CensusChildRule {
  static let info = CensusRuleInfo(
    "8568", .error, module: .cinDetails, fields: ["ReferralNFA"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for e in child.episodes where e.referralNFA.value == nil {
      report.add(Self.info, at: CensusPlace("ReferralNFA", e.referralNFA, within: e.line))
    }
  }
}

private let message = "RNFA flag is missing or invalid"
