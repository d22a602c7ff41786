import SafeguardCore

/// 8816: a child's open CIN episode that went on to further action is the child's latest referral.
///
/// All supported years. An episode is checked when its closure date is absent or blank, its
/// `ReferralNFA` reads as false (`false` or `0`) and its referral date reads as a date; it fails
/// when another episode of the child has a later referral date (one on the same day passes).
/// Referral dates that are missing or unreadable are left to other rules. Each failing episode
/// is one issue, naming its referral date and the latest one.
struct OpenEpisodeIsLatest: CensusChildRule {
  static let info = CensusRuleInfo(
    "8816", .error, module: .cinDetails, fields: ["CINreferralDate", "ReferralNFA", "CINclosureDate"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    var latest: CensusEpisode?
    for episode in child.episodes {
      guard let day = episode.referralDate.value else { continue }
      if let best = latest?.referralDate.value, best >= day { continue }
      latest = episode
    }
    guard let latest, let latestDay = latest.referralDate.value else { return }
    for episode in child.episodes where episode.closureDate.isMissing && episode.referralNFA.value == .no {
      guard let day = episode.referralDate.value, day < latestDay else { continue }
      report.add(
        Self.info,
        at: [
          CensusPlace("CINreferralDate", episode.referralDate, within: episode.line),
          CensusPlace("CINreferralDate", latest.referralDate, within: latest.line),
        ])
    }
  }
}

private let message =
  "An open CIN episode is shown and case is not a referral with no further action, but it is not the latest episode."
