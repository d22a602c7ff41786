/// The front-door definitions of `specs/indicators.md` that more than one stage uses, each in one
/// function: the fast tally (`FrontDoorTransform`), the episodes built from Annex A lists
/// (`AnnexAEpisodes`), the census merge and the cross-extract checks call these and nothing else.
public enum ReferralDefinitions {
  /// A child and a day: the identity of a referral (two referrals of one child on one day are
  /// one referral), and the order referrals are counted in (by child, then day).
  public struct ChildDay: Hashable, Comparable, Sendable {
    public let child: Int32
    public let day: Day

    public init(_ child: Int32, _ day: Day) {
      self.child = child
      self.day = day
    }

    public static func < (a: ChildDay, b: ChildDay) -> Bool { (a.child, a.day) < (b.child, b.day) }
  }

  /// Whether two referrals are the same referral: the same child on the same day, whichever
  /// files or rows they came from. The second is counted once and reported.
  public static func isSameReferral(_ a: ChildDay, _ b: ChildDay) -> Bool { a == b }

  /// The first day of the 12 calendar months a referral on `day` looks back over: the same date a
  /// year earlier, or the last day of that month when it has no such date (29 February 2024 looks
  /// back to 28 February 2023).
  public static func lookBackStart(for day: Day) -> Day { day.adding(months: -12) }

  /// Whether a referral on `day` is a re-referral, given the day of the same child's previous
  /// referral: the previous one is strictly earlier and on or after `lookBackStart(for: day)`, so
  /// a referral exactly 12 months after the last counts and one a day later does not.
  /// - Parameter lookBackStart: `lookBackStart(for: day)`, when the caller has it already (the
  ///   tally works it out once per day, not once per referral).
  public static func isRereferral(_ day: Day, previous: Day?, lookBackStart: Day? = nil) -> Bool {
    guard let previous, previous < day else { return false }
    return previous >= (lookBackStart ?? Self.lookBackStart(for: day))
  }

  /// Which of a child's referrals a record starting on `start` (an assessment, an enquiry, a
  /// plan, a CIN record) belongs to when the extract gives no link: the latest referral on or
  /// before the start. `referrals` are the child's referral days in ascending order; nil when the
  /// record starts before all of them (or there are none).
  public static func owningReferral<Days: BidirectionalCollection>(
    startingOn start: Day, among referrals: Days
  ) -> Days.Index? where Days.Element == Day {
    referrals.lastIndex { $0 <= start }
  }
}
