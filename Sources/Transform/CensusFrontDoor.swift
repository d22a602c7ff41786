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
    let dated = episodes.compactMap { e in
      e.referralDate.map { (child: e.child, date: $0, nfa: e.nfa, source: e.referralSource) }
    }
    .sorted { ($0.child, $0.date) < ($1.child, $1.date) }
    // Per day and slot (the total, then each group; see `FrontDoorTallyLayout`): referrals,
    // re-referrals, NFA yes and NFA known.
    let slots = traits == nil ? 1 : FrontDoorTallyLayout.slots
    let days = coverage.lowerBound.days(to: coverage.upperBound) + 1
    var tally = [Int](repeating: 0, count: days * slots * 4)
    let sourceAt = Dictionary(uniqueKeysWithValues: BreakdownGroups.Source.groups.enumerated().map { ($1, $0) })
    for (i, r) in dated.enumerated() {
      let previous = i > 0 && dated[i - 1].child == r.child ? dated[i - 1].date : nil
      let re = ReferralDefinitions.isRereferral(r.date, previous: previous)
      let day = coverage.lowerBound.days(to: r.date)
      guard day >= 0 && day < days else { continue }
      func add(_ slot: Int) {
        let at = (day * slots + slot) * 4
        tally[at] += 1
        if re { tally[at + 1] += 1 }
        if r.nfa == .yes { tally[at + 2] += 1 }
        if r.nfa != .unknown { tally[at + 3] += 1 }
      }
      add(0)
      if let traits {
        let t = traits[r.child]
        let s = FrontDoorTallyLayout.slots(
          FrontDoorGroups(
            source: sourceAt[BreakdownGroups.Source.of(r.source)]!, age: t.age(on: r.date), sex: t.sex,
            ethnicity: t.ethnicity))
        add(s.1)
        add(s.2)
        add(s.3)
        add(s.4)
      }
    }
    func counts(_ slot: Int) -> FrontDoorTimeline.Referrals {
      let d = (0..<4).map { k in
        DailyCounts(first: coverage.lowerBound, perDay: (0..<days).map { tally[($0 * slots + slot) * 4 + k] })
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
}
