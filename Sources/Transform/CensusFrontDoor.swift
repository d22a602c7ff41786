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
/// - Breakdowns (with `traits`): the episode's `ReferralSource`, and the child's age on the
///   referral date, sex and ethnicity from the census's child details.
public enum CensusFrontDoor {
  public static func referrals(
    from episodes: [CINEpisode], coverage: ClosedRange<Day>, traits: ChildTraitsTable? = nil
  ) -> FrontDoorTimeline.Referrals {
    // The dated episodes in child and referral-date order (merged episodes hold each pair once).
    var dated: [(key: ReferralDefinitions.ChildDay, episode: Int)] = []
    dated.reserveCapacity(episodes.count)
    for (i, e) in episodes.enumerated() {
      if let d = e.referralDate { dated.append((.init(e.child, d), i)) }
    }
    dated.sort { $0.key < $1.key }
    // Per slot (the total, then each group; see `FrontDoorTallyLayout`) and measure (referrals,
    // re-referrals, NFA yes, NFA known), the referrals on each day the census covers.
    let slots = traits == nil ? 1 : FrontDoorTallyLayout.slots
    let days = coverage.lowerBound.days(to: coverage.upperBound) + 1
    var perDay = [Int](repeating: 0, count: slots * 4 * days)
    for (i, r) in dated.enumerated() {
      let date = r.key.day
      let previous = i > 0 && dated[i - 1].key.child == r.key.child ? dated[i - 1].key.day : nil
      let re = ReferralDefinitions.isRereferral(date, previous: previous)
      // A referral before the covered days is only looked back to.
      let day = coverage.lowerBound.days(to: date)
      guard day >= 0 && day < days else { continue }
      let nfa = episodes[r.episode].nfa
      count(slot: 0, day: day, days: days, rereferral: re, nfa: nfa, into: &perDay)
      if let traits {
        let t = traits[r.key.child]
        let source = episodes[r.episode].referralSource.flatMap { sourceAt[$0] } ?? unknownSource
        let s = FrontDoorTallyLayout.slots(
          FrontDoorGroups(source: source, age: t.age(on: date), sex: t.sex, ethnicity: t.ethnicity))
        count(slot: s.1, day: day, days: days, rereferral: re, nfa: nfa, into: &perDay)
        count(slot: s.2, day: day, days: days, rereferral: re, nfa: nfa, into: &perDay)
        count(slot: s.3, day: day, days: days, rereferral: re, nfa: nfa, into: &perDay)
        count(slot: s.4, day: day, days: days, rereferral: re, nfa: nfa, into: &perDay)
      }
    }
    func counts(_ slot: Int) -> FrontDoorTimeline.Referrals {
      let d = (0..<4).map { measure in
        let from = (slot * 4 + measure) * days
        return DailyCounts(first: coverage.lowerBound, perDay: Array(perDay[from..<from + days]))
      }
      return .init(all: d[0], rereferrals: d[1], nfaYes: d[2], nfaKnown: d[3], coverage: coverage)
    }
    var byGroup: [BreakdownDimension: [FrontDoorTimeline.Referrals]] = [:]
    if traits != nil {
      for (d, offset) in zip(FrontDoorTallyLayout.dimensions, FrontDoorTallyLayout.offsets) {
        byGroup[d] = d.groups.indices.map { counts(offset + $0) }
      }
    }
    let total = counts(0)
    return FrontDoorTimeline.Referrals(
      all: total.all, rereferrals: total.rereferrals, nfaYes: total.nfaYes, nfaKnown: total.nfaKnown,
      coverage: coverage, byGroup: byGroup)
  }

  /// Adds one referral on `day` to the rows of `slot` it counts in: referrals, re-referrals when
  /// it is one, NFA yes when answered yes, NFA known when answered.
  private static func count(
    slot: Int, day: Int, days: Int, rereferral: Bool, nfa: YesNo, into perDay: inout [Int]
  ) {
    let at = slot * 4 * days + day
    perDay[at] += 1
    if rereferral { perDay[at + days] += 1 }
    if nfa == .yes { perDay[at + 2 * days] += 1 }
    if nfa != .unknown { perDay[at + 3 * days] += 1 }
  }

  /// Each known referral source's group (`BreakdownGroups.Source.of`): one look-up a referral.
  private static let sourceAt: [String: Int] = Dictionary(
    uniqueKeysWithValues: BreakdownGroups.Source.groups.dropLast().enumerated().map { ($1, $0) })
  /// The group of a blank or unknown source.
  private static let unknownSource = BreakdownGroups.Source.groups.count - 1
}
