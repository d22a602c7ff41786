import SafeguardCore

/// Periods of being looked after for the synthetic LA's children, drawn from its referrals.
///
/// About one assessed referral in eleven leads to care, 0 to 120 days after the referral; a
/// period lasts from a few weeks to several years and ends by the day before the child's 18th
/// birthday at the latest. A child has at most one open period at a time; about one leaver in
/// twelve comes back into care later. Periods still running on 31 December 2024 are open. The
/// missing episodes and Annex A list 8 both read these periods, so `LOOKED_AFTER` and list 8
/// agree.
struct CareHistory {
  struct Period {
    let child: Int
    let start: Day
    /// The day the period ceased; nil while still looked after on `CareHistory.asAt`.
    let ceased: Day?
    /// Ceased on the day before the 18th birthday.
    let agedOut: Bool
  }

  /// The day the extracts are taken: nothing later is known.
  static let asAt = Day(year: 2024, month: 12, day: 31)!

  private(set) var periods: [Period] = []
  /// Period indices by child, in start order.
  private(set) var byChild: [Int: [Int]] = [:]

  init(la: SyntheticLA, rng: inout SeededGenerator) {
    var busyUntil = [Int: Day]()
    for r in la.referrals where !r.nfa && rng.chance(1, in: 11) {
      let child = la.children[r.child]
      let start = r.day.adding(days: rng.int(in: 0...120))
      let lastDay = child.ageOutDay.adding(days: -1)
      guard start <= CareHistory.asAt, start.adding(days: 30) < lastDay else { continue }
      // A child already in care (or who left within the last 60 days) is not taken into care again.
      if let busy = busyUntil[r.child], busy.adding(days: 60) >= start { continue }
      let length = rng.weighted([(14...90, 20), (91...365, 25), (366...1_095, 30), (1_096...2_500, 25)])
      var end = start.adding(days: rng.int(in: length))
      let agedOut = end >= lastDay
      if agedOut { end = lastDay }
      periods.append(
        Period(child: r.child, start: start, ceased: end <= CareHistory.asAt ? end : nil, agedOut: agedOut))
      // A leaver may come back: that needs a later referral, so most never do.
      busyUntil[r.child] = rng.chance(1, in: 12) ? end : lastDay
    }
    periods.sort { ($0.start, $0.child) < ($1.start, $1.child) }
    for (i, p) in periods.enumerated() { byChild[p.child, default: []].append(i) }
  }

  /// The period `child` is looked after in on `day`, if any (the start and ceased days count).
  func period(of child: Int, on day: Day) -> Int? {
    byChild[child]?.first { i in
      let p = periods[i]
      return p.start <= day && day <= (p.ceased ?? Day(serial: Int32.max))
    }
  }

  /// True when `day` is a period's first or last day for `child`: episodes avoid those days,
  /// so whether the child was looked after at an episode's start never depends on the hour.
  func isBoundary(of child: Int, _ day: Day) -> Bool {
    byChild[child]?.contains { periods[$0].start == day || periods[$0].ceased == day } ?? false
  }
}
