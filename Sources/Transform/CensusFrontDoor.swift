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
    // Per slot (the total, then each group; see `FrontDoorTallyLayout`): the days of referrals,
    // re-referrals, NFA yes and NFA known.
    let slots = traits == nil ? 1 : FrontDoorTallyLayout.slots
    var days = [[[Day]]](repeating: [[], [], [], []], count: slots)
    let sourceAt = Dictionary(uniqueKeysWithValues: BreakdownGroups.Source.groups.enumerated().map { ($1, $0) })
    for (i, r) in dated.enumerated() {
      let previous = i > 0 && dated[i - 1].child == r.child ? dated[i - 1].date : nil
      let re = ReferralDefinitions.isRereferral(r.date, previous: previous)
      var at = [0]
      if let traits {
        let t = traits[r.child]
        let g = FrontDoorGroups(
          source: sourceAt[BreakdownGroups.Source.of(r.source)]!, age: t.age(on: r.date), sex: t.sex,
          ethnicity: t.ethnicity)
        let s = FrontDoorTallyLayout.slots(g)
        at += [s.1, s.2, s.3, s.4]
      }
      for slot in at {
        days[slot][0].append(r.date)
        if re { days[slot][1].append(r.date) }
        if r.nfa == .yes { days[slot][2].append(r.date) }
        if r.nfa != .unknown { days[slot][3].append(r.date) }
      }
    }
    func counts(_ slot: Int) -> FrontDoorTimeline.Referrals {
      let d = days[slot].map { DailyCounts(days: $0, range: coverage) }
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
