import SafeguardCore

/// 8815: a child has at most one open CIN episode that went on to further action.
///
/// All supported years. An episode counts when its closure date is absent or blank and its
/// `ReferralNFA` reads as false (`false` or `0`); closed episodes, and open ones that are
/// referrals with no further action (or whose `ReferralNFA` is missing or unreadable), do not.
/// Two or more such episodes are one issue for the child, naming each open episode's closure date.
struct OneOpenEpisode: CensusChildRule {
  static let info = CensusRuleInfo(
    "8815", .error, module: .cinDetails, fields: ["CINclosureDate", "ReferralNFA"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    func isOpen(_ e: CensusEpisode) -> Bool { e.closureDate.isMissing && e.referralNFA.value == .no }
    guard child.episodes.count(where: isOpen) > 1 else { return }
    let open = child.episodes.filter(isOpen)
    report.add(Self.info, at: open.map { CensusPlace("CINclosureDate", $0.closureDate, within: $0.line) })
  }
}

private let message =
  "More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child "
  + "and case is not a referral with no further action."
