import SafeguardCore

/// The front door from the CIN census, for runs with no Annex A referrals list: each CIN episode
/// is a referral on its `CINreferralDate`, as DfE counts referrals in the census.
///
/// - Referrals are counted on the days the census covers (1 April of the earliest census year to
///   the latest reference date); an episode referred before that (open at the start of the year)
///   is not counted, but is looked back to.
/// - A re-referral is `ReferralDefinitions.isRereferral`, the same rule as for Annex A list 3; only
///   referrals the census holds can be looked back to, so a child whose previous episode closed
///   before the earliest census year is not a re-referral here.
/// - NFA: `ReferralNFA` true; the denominator is the referrals answered true or false.
/// - Episodes come merged (`CensusTransform.episodes`): one per child and referral date.
public enum CensusFrontDoor {
  public static func referrals(from episodes: [CINEpisode], coverage: ClosedRange<Day>) -> FrontDoorTimeline.Referrals {
    let dated = episodes.compactMap { e in e.referralDate.map { (child: e.child, date: $0, nfa: e.nfa) } }
      .sorted { ($0.child, $0.date) < ($1.child, $1.date) }
    var rereferrals: [Day] = []
    var nfaYes: [Day] = []
    var nfaKnown: [Day] = []
    for (i, r) in dated.enumerated() {
      let previous = i > 0 && dated[i - 1].child == r.child ? dated[i - 1].date : nil
      if ReferralDefinitions.isRereferral(r.date, previous: previous) {
        rereferrals.append(r.date)
      }
      if r.nfa != .unknown { nfaKnown.append(r.date) }
      if r.nfa == .yes { nfaYes.append(r.date) }
    }
    return FrontDoorTimeline.Referrals(
      all: DailyCounts(days: dated.map(\.date), range: coverage),
      rereferrals: DailyCounts(days: rereferrals, range: coverage),
      nfaYes: DailyCounts(days: nfaYes, range: coverage), nfaKnown: DailyCounts(days: nfaKnown, range: coverage),
      coverage: coverage)
  }
}
