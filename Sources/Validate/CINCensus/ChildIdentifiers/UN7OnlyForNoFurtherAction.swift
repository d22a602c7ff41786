import SafeguardCore

/// 8772: a child whose UPN is unknown for reason UN7 (referral with no further action) has
/// `ReferralNFA` true on every CIN episode.
///
/// All supported years. `UPNunknown` compares upper-cased. An episode fails when its
/// `ReferralNFA` is false, absent or blank (DfE: every episode must be true); an unreadable one is
/// left to the reader's report. One issue per child, at `UPNunknown` and each failing episode.
struct UN7OnlyForNoFurtherAction: CensusChildRule {
  static let info = CensusRuleInfo(
    "8772", .error, module: .childIdentifiers, fields: ["UPNunknown", "ReferralNFA"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    guard child.upnUnknown.value == "UN7" else { return }
    let further = child.episodes.filter { $0.referralNFA.value != .yes && $0.referralNFA.state != .unreadable }
    guard !further.isEmpty else { return }
    report.add(
      Self.info,
      at: [CensusPlace("UPNunknown", child.upnUnknown, within: child.line)]
        + further.map { CensusPlace("ReferralNFA", $0.referralNFA, within: $0.line) })
  }
}

private let message =
  "UPN unknown reason is UN7 (Referral with no further action) "
  + "but at least one CIN details is a referral going on to further action"
