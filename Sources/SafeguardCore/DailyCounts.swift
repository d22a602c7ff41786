/// Counts of events per day over a run of days, answering "how many in this period" in O(1).
///
/// Built once from the records; days outside the range count 0. Sums over disjoint periods add up.
public struct DailyCounts: Sendable, Equatable {
  public let first: Day
  /// prefix[i] = events on days first ..< first + i.
  private let prefix: [Int]

  /// - Parameters:
  ///   - days: the event days, in any order.
  ///   - range: the days to cover (events outside it are ignored).
  public init<S: Sequence>(days: S, range: ClosedRange<Day>) where S.Element == Day {
    first = range.lowerBound
    let n = range.lowerBound.days(to: range.upperBound) + 1
    var perDay = [Int](repeating: 0, count: n)
    for d in days {
      let i = range.lowerBound.days(to: d)
      if i >= 0 && i < n { perDay[i] += 1 }
    }
    var sums = [Int](repeating: 0, count: n + 1)
    for i in 0..<n { sums[i + 1] = sums[i] + perDay[i] }
    prefix = sums
  }

  /// Events dated from `start` to `end` inclusive.
  /// From per-day counts: `perDay[i]` events on `first + i`.
  public init(first: Day, perDay: [Int]) {
    self.first = first
    var sums = [Int](repeating: 0, count: perDay.count + 1)
    for i in 0..<perDay.count { sums[i + 1] = sums[i] + perDay[i] }
    prefix = sums
  }

  public func count(from start: Day, to end: Day) -> Int {
    let lo = max(0, min(prefix.count - 1, first.days(to: start)))
    let hi = max(0, min(prefix.count - 1, first.days(to: end) + 1))
    return hi > lo ? prefix[hi] - prefix[lo] : 0
  }

  public func count(in period: Period) -> Int { count(from: period.start, to: period.end) }
}

/// The front door, ready to count: contacts and referrals by day, with each referral marked
/// as a re-referral or not and its NFA answer.
public struct FrontDoorTimeline: Sendable, Equatable {
  public struct Referrals: Sendable, Equatable {
    public let all: DailyCounts
    /// Referrals for a child with a previous referral in the 12 months before.
    public let rereferrals: DailyCounts
    /// Referral NFA? = Y.
    public let nfaYes: DailyCounts
    /// Referral NFA? answered Y or N.
    public let nfaKnown: DailyCounts
    /// First and last referral date in the extracts.
    public let coverage: ClosedRange<Day>
    /// The same counts for each group of each breakdown dimension the source carries (`source`,
    /// `age`, `sex`, `ethnicity`), in `BreakdownDimension.groups` order; empty when none.
    public let byGroup: [BreakdownDimension: [Referrals]]

    public init(
      all: DailyCounts, rereferrals: DailyCounts, nfaYes: DailyCounts, nfaKnown: DailyCounts,
      coverage: ClosedRange<Day>, byGroup: [BreakdownDimension: [Referrals]] = [:]
    ) {
      self.all = all
      self.rereferrals = rereferrals
      self.nfaYes = nfaYes
      self.nfaKnown = nfaKnown
      self.coverage = coverage
      self.byGroup = byGroup
    }
  }

  /// Nil when no contacts extract was read.
  public let contacts: DailyCounts?
  public let contactCoverage: ClosedRange<Day>?
  /// Contacts by group of each breakdown dimension the contacts carry, in group order.
  public let contactGroups: [BreakdownDimension: [DailyCounts]]
  /// Nil when no referrals extract was read.
  public let referrals: Referrals?

  public init(
    contacts: DailyCounts?, contactCoverage: ClosedRange<Day>?, referrals: Referrals?,
    contactGroups: [BreakdownDimension: [DailyCounts]] = [:]
  ) {
    self.contacts = contacts
    self.contactCoverage = contactCoverage
    self.referrals = referrals
    self.contactGroups = contactGroups
  }
}

/// Where a front-door record's groups sit in a per-day tally row: the total first, then each
/// group of `source`, `age`, `sex` and `ethnicity` in turn.
public enum FrontDoorTallyLayout {
  public static let dimensions: [BreakdownDimension] = [.source, .age, .sex, .ethnicity]
  /// Slot of each dimension's first group (after the total's slot 0).
  public static let offsets: [Int] = {
    var out: [Int] = []
    var next = 1
    for d in dimensions {
      out.append(next)
      next += d.groups.count
    }
    return out
  }()
  /// Slots per day: the total and every group.
  public static let slots = 1 + dimensions.map(\.groups.count).reduce(0, +)

  /// The slots a record with `g` adds to, total first.
  @inline(__always)
  public static func slots(_ g: FrontDoorGroups) -> (Int, Int, Int, Int, Int) {
    (
      0, offsets[0] + g.source, offsets[1] + g.age, offsets[2] + g.sex, offsets[3] + g.ethnicity
    )
  }
}
