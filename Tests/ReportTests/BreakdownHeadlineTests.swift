import Report
import SafeguardCore
import Testing

/// The `activity_summary.csv` headlines taken from breakdown rows: plans open two years or more,
/// and the largest referral source.
@Suite struct BreakdownHeadlineTests {
  static let year = Period.financialYear(2024)
  static let quarter = Period.quarter(2024, 3)

  static func value(
    _ id: IndicatorID, _ breakdown: String = "", _ n: Int, of d: Int? = nil, suppressed: Bool = false,
    period: Period = year
  ) -> IndicatorValue {
    IndicatorValue(
      indicator: IndicatorCatalogue.definition(id), breakdown: breakdown, period: period, column: period,
      numerator: n, denominator: d, figure: .count(n), flags: suppressed ? [.suppressed] : [])
  }

  /// The rows of the summary other than the header, unquoted where they need no quotes.
  static func lines(_ values: [IndicatorValue], period: Period = year) -> [String] {
    String(decoding: ActivitySummary.csv(values, period: period).bytes, as: UTF8.self).split(separator: "\r\n")
      .dropFirst().map(String.init)
  }

  /// 152 children on a plan at 31 March 2025, 19 of them for two years or more: 12.5%.
  static func plans(twoYears: Int = 19, of total: Int = 152, suppressed: Bool = false) -> [IndicatorValue] {
    [
      value(.cppAtEnd, "", total, suppressed: (1...5).contains(total)),
      value(.cppAtEnd, "duration=1y-2y", total - twoYears, of: total),
      value(.cppAtEnd, "duration=2y-plus", twoYears, of: total, suppressed: suppressed),
    ]
  }

  @Test func theShareOfPlansOpenTwoYearsOrMore() {
    #expect(
      Self.lines(Self.plans()) == [
        "cpp_at_end,Children on a child protection plan at period end,152,2024-25,152 children were subject to a "
          + "child protection plan at the end of the period in 2024-25 (1 April 2024 to 31 March 2025).",
        "cpp_at_end_2y_plus_share,Children on a child protection plan at period end who had been on it two years "
          + "or more (share),12.5,2024-25,12.5% (19) of the children on a child protection plan at 31 March 2025 had "
          + "been on it for two years or more.",
      ])
    // A quarter's plans are counted at its last day.
    let q3 = Self.plans().map {
      IndicatorValue(
        indicator: $0.indicator, breakdown: $0.breakdown, period: Self.quarter, column: Self.quarter,
        numerator: $0.numerator, denominator: $0.denominator, figure: $0.figure, flags: $0.flags)
    }
    #expect(
      Self.lines(q3, period: Self.quarter).last?.contains("on a child protection plan at 31 December 2024 ") == true)
  }

  /// No headline when the group is suppressed (its share cannot be said), or when no child is on a plan.
  @Test func noShareWhenItCannotBeSaid() {
    #expect(Self.lines(Self.plans(twoYears: 4, of: 152, suppressed: true)).count == 1)
    #expect(Self.lines(Self.plans(twoYears: 0, of: 0)).count == 1)
    #expect(Self.lines(Self.plans(twoYears: 0, of: 30)).last?.hasPrefix("cpp_at_end_2y_plus_share,") == true)
  }

  /// 924 referrals: schools (2A) 262 and the police (6) 262, a tie settled by code order; 300 of
  /// unknown source (no readable code) and 280 of code 10 (unknown) are larger but name no source.
  static func referrals(
    _ sources: [(String, Int)] = [("1A", 120), ("2A", 262), ("6", 262), ("10", 280), ("unknown", 300)],
    suppressed: Set<String> = []
  ) -> [IndicatorValue] {
    let total = sources.map(\.1).reduce(0, +)
    return [value(.referrals, "", total)]
      + sources.map { value(.referrals, "source=" + $0.0, $0.1, of: total, suppressed: suppressed.contains($0.0)) }
  }

  @Test func theLargestReferralSourceAndItsShare() {
    // 262 ÷ 1,224 = 21.40% → 21.4.
    #expect(
      Self.lines(Self.referrals()).last
        == "referrals_largest_source_share,Referrals from the largest source (share),21.4,2024-25,"
        + "\"The largest source of referrals in 2024-25 (1 April 2024 to 31 March 2025) was schools (2A), with "
        + "21.4% (262) of the referrals.\"")
    #expect(
      Self.lines(Self.referrals([("1A", 50), ("6", 51), ("9", 7)])).last?.contains(
        "was the police (6), with 47.2% (51) of the referrals.") == true)
  }

  /// In publishing mode the largest group's row may be suppressed (a group picked so that a small
  /// one cannot be worked out): no headline, rather than naming another source as the largest.
  /// Nor is there one when no source has a referral.
  @Test func noLargestSourceWhenItCannotBeSaid() {
    #expect(Self.lines(Self.referrals([("2A", 3), ("6", 9)], suppressed: ["2A", "6"])).count == 1)
    #expect(Self.lines(Self.referrals([("2A", 0), ("6", 0), ("unknown", 12)])).count == 1)
  }
}
