import SafeguardCore
import Testing

/// The front-door definitions at their edges, with hand-worked days.
@Suite struct ReferralDefinitionsTests {
  static func day(_ iso: String) -> Day { Day(iso: iso)! }

  @Test(arguments: [
    // (referral, previous, re-referral?)
    ("2024-06-10", "2023-06-10", true),  // exactly 12 months after: counts
    ("2024-06-10", "2023-06-09", false),  // 12 months and a day: does not
    ("2024-06-10", "2024-06-09", true),  // the day before
    ("2024-06-10", "2024-06-10", false),  // the same day is the same referral, not a re-referral
    ("2024-06-10", "2024-06-11", false),  // a later one is not previous
    ("2024-02-29", "2023-02-28", true),  // 29 February looks back to 28 February
    ("2024-02-29", "2023-02-27", false),
    ("2025-02-28", "2024-02-28", true),  // a year after a leap year: 28 February to 28 February
    ("2025-02-28", "2024-02-27", false),
    ("2024-03-31", "2023-03-31", true),
    ("2024-03-01", "2023-03-01", true),
    ("2024-03-01", "2023-02-28", false),
  ])
  func rereferralWithinTwelveMonths(_ c: (String, String, Bool)) {
    let day = Self.day(c.0)
    #expect(ReferralDefinitions.isRereferral(day, previous: Self.day(c.1)) == c.2)
    // The tally's precomputed look-back start gives the same answer.
    let start = ReferralDefinitions.lookBackStart(for: day)
    #expect(ReferralDefinitions.isRereferral(day, previous: Self.day(c.1), lookBackStart: start) == c.2)
  }

  @Test func noPreviousReferralIsNoRereferral() {
    #expect(!ReferralDefinitions.isRereferral(Self.day("2024-06-10"), previous: nil))
  }

  @Test func lookBackStartOnMonthEnds() {
    #expect(ReferralDefinitions.lookBackStart(for: Self.day("2024-02-29")) == Self.day("2023-02-28"))
    #expect(ReferralDefinitions.lookBackStart(for: Self.day("2024-12-31")) == Self.day("2023-12-31"))
    #expect(ReferralDefinitions.lookBackStart(for: Self.day("2025-01-01")) == Self.day("2024-01-01"))
  }

  @Test func twoReferralsOnOneDayAreOne() {
    let a = ReferralDefinitions.ChildDay(7, Self.day("2024-06-10"))
    #expect(ReferralDefinitions.isSameReferral(a, .init(7, Self.day("2024-06-10"))))
    #expect(!ReferralDefinitions.isSameReferral(a, .init(7, Self.day("2024-06-11"))))
    #expect(!ReferralDefinitions.isSameReferral(a, .init(8, Self.day("2024-06-10"))))
    #expect(Set([a, .init(7, Self.day("2024-06-10"))]).count == 1)
    #expect(ReferralDefinitions.ChildDay(7, Self.day("2024-06-11")) < .init(8, Self.day("2020-01-01")))
  }

  @Test func aRecordBelongsToTheLatestReferralOnOrBeforeItsStart() {
    let referrals = ["2024-01-10", "2024-03-01", "2024-03-01", "2024-05-20"].map(Self.day)
    #expect(ReferralDefinitions.owningReferral(startingOn: Self.day("2024-01-09"), among: referrals) == nil)
    #expect(ReferralDefinitions.owningReferral(startingOn: Self.day("2024-01-10"), among: referrals) == 0)
    #expect(ReferralDefinitions.owningReferral(startingOn: Self.day("2024-02-29"), among: referrals) == 0)
    #expect(ReferralDefinitions.owningReferral(startingOn: Self.day("2024-03-01"), among: referrals) == 2)
    #expect(ReferralDefinitions.owningReferral(startingOn: Self.day("2024-12-01"), among: referrals) == 3)
    #expect(ReferralDefinitions.owningReferral(startingOn: Self.day("2024-12-01"), among: []) == nil)
  }
}
