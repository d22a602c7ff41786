import SafeguardCore

/// 8866: an episode referred on or after 1 April 2013 has a valid `ReferralSource`.
///
/// All supported years. Checks episodes whose referral date reads as a date on or after
/// 2013-04-01 (31 March 2013 is not checked; a missing or unreadable referral date belongs to other
/// rules). Fires when the source is absent, blank, or not one of the census codes (1A-1D, 2A, 2B,
/// 3A-3F, 4, 5A-5D, 6-10, the same in every supported year's schema; codes are compared
/// upper-cased).
struct ReferralSourceValid: CensusChildRule {
  static let info = CensusRuleInfo(
    "8866", .error, module: .cinDetails, fields: ["CINreferralDate", "ReferralSource"], years: .all,
    message: message)

  private static let firstChecked = Day(year: 2013, month: 4, day: 1)!
  private static let codes: Set<String> = [
    "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7",
    "8", "9", "10",
  ]

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      guard let referral = episode.referralDate.value, referral >= Self.firstChecked else { continue }
      if let source = episode.referralSource.value, Self.codes.contains(source) { continue }
      report.add(
        Self.info,
        at: [
          CensusPlace("ReferralSource", episode.referralSource, within: episode.line),
          CensusPlace("CINreferralDate", episode.referralDate, within: episode.line),
        ])
    }
  }
}

private let message = "Source of Referral is missing or an invalid code"
