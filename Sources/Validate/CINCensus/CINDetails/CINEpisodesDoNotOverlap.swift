import SafeguardCore

/// 8820: a child's CIN episodes must not overlap: no episode is referred while another is open.
///
/// All supported years. An episode's referral date overlaps another episode when it falls on or
/// after that episode's referral date and before its closure date; an episode with no closure date
/// (absent or blank) and `ReferralNFA` false or 0 stays open to the reference date, inclusive. DfE
/// lets a referral start the day the previous episode closes, so that day passes. An open episode
/// whose `ReferralNFA` is true, missing or unreadable bounds nothing (DfE names false or 0 only). A
/// pair with a referral date missing or unreadable, or an unreadable closure date, is skipped: other
/// rules report those. One issue per overlapping pair, at the later referral, linked to the dates
/// of the episode it falls in.
///
/// DfE over the public implementation: that code counts the closure day itself as inside the
/// episode, which DfE's note on this rule allows as the next referral's start.
struct CINEpisodesDoNotOverlap: CensusChildRule {
  static let info = CensusRuleInfo(
    "8820", .error, module: .cinDetails, fields: ["CINreferralDate", "CINclosureDate"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    let episodes = child.episodes
    for i in episodes.indices {
      for j in episodes.indices where j > i {
        if case let (inside, open)? = overlap(episodes[i], episodes[j], context) {
          report.add(
            Self.info,
            at: [
              CensusPlace("CINreferralDate", inside.referralDate, within: inside.line),
              CensusPlace("CINreferralDate", open.referralDate, within: open.line),
              CensusPlace("CINclosureDate", open.closureDate, within: open.line),
            ])
        }
      }
    }
  }

  /// The episode referred while the other was open, and that other, when `a` and `b` overlap.
  private static func overlap(
    _ a: CensusEpisode, _ b: CensusEpisode, _ context: CensusContext
  )
    -> (CensusEpisode, CensusEpisode)?
  {
    if starts(a, within: b, context) { return (a, b) }
    if starts(b, within: a, context) { return (b, a) }
    return nil
  }

  private static func starts(_ a: CensusEpisode, within b: CensusEpisode, _ context: CensusContext) -> Bool {
    guard let referral = a.referralDate.value, let opened = b.referralDate.value, referral >= opened else {
      return false
    }
    switch b.closureDate.state {
    case .present: return referral < b.closureDate.value!
    case .absent, .blank: return b.referralNFA.value == .no && referral <= context.referenceDate
    case .unreadable: return false
    }
  }
}

private let message = "The dates on the CIN episodes for this child overlap"
