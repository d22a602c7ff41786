import SafeguardCore
import Testing

@testable import Aggregate

private func compute(
  _ b: EpisodeBuilder, _ labels: [String], from: String = "2023-01-01", to: String = "2025-06-30",
  reviewsComplete: Bool = true
) -> [IndicatorValue] {
  ChildProtectionIndicators.compute(
    b.episodes, coverage: covered(from, to), periods: labels.map { try! Period.parse($0) }, la: LACode("332"),
    reviewsComplete: reviewsComplete)
}

private func ratio(_ n: Int, _ d: Int) -> Figure { .ratio(numerator: n, denominator: d, multiplier: 100) }

@Suite struct PlanDurationTests {
  @Test func aPlanEndingTheDayItStartsHasStartedAndEndedAndIsNotOpen() {
    var b = EpisodeBuilder()
    b.episode("P", referral: "2024-10-01", plans: [plan("2024-10-10", "2024-10-10")])
    b.episode("Q", referral: "2025-03-01", plans: [plan("2025-03-31", "2025-03-31")])
    let v = compute(b, ["2024-25-Q3", "2024-25"])
    #expect(v.value(.cppStarted, "2024-25-Q3")?.figure == .count(1))
    #expect(v.value(.cppEnded, "2024-25-Q3")?.figure == .count(1))
    #expect(v.value(.cppAtEnd, "2024-25-Q3")?.figure == .count(0))
    #expect(v.value(.cppEnded2yPlus, "2024-25-Q3")?.figure == ratio(0, 1))
    // Q started and ended on 31 March 2025, the year's last day: not on a plan at the year's end.
    #expect(v.value(.cppStarted, "2024-25")?.figure == .count(2))
    #expect(v.value(.cppEnded, "2024-25")?.figure == .count(2))
    #expect(v.value(.cppAtEnd, "2024-25")?.figure == .count(0))
  }

  /// Plans starting 1 January 2023. To 1 January 2024 is 365 days, and 2024 is a leap year, so
  /// 31 December 2024 is 730 days on, 30 December 729 and 29 December 728.
  static let cases: [(String, Int, Bool)] = [
    ("2024-12-29", 728, false), ("2024-12-30", 729, true), ("2024-12-31", 730, true),
  ]

  @Test(arguments: cases)
  func twoYearsOrMoreIs729DaysOrMore(end: String, days: Int, twoYears: Bool) {
    #expect(day("2023-01-01").days(to: day(end)) == days)
    var b = EpisodeBuilder()
    b.episode("P", referral: "2022-12-01", plans: [plan("2023-01-01", end)])
    let v = compute(b, ["2024-25-Q3"])
    #expect(v.value(.cppEnded2yPlus, "2024-25-Q3")?.figure == ratio(twoYears ? 1 : 0, 1))
  }

  @Test func aPlanWithoutAStartCountsAsEndedOnly() {
    var b = EpisodeBuilder()
    b.episode("P", referral: "2024-01-01", plans: [plan(nil, "2024-11-01"), plan("2022-06-01", "2024-11-02")])
    let v = compute(b, ["2024-25-Q3"])
    #expect(v.value(.cppEnded, "2024-25-Q3")?.figure == .count(2))
    #expect(v.value(.cppEnded2yPlus, "2024-25-Q3")?.figure == ratio(1, 1))
  }
}

@Suite struct PlansAtPeriodEndTests {
  /// A ends on 31 March 2025; B ends on 1 April; C has two open plans (NEG from May, SAB from
  /// November); D starts on 31 March.
  static func sample() -> EpisodeBuilder {
    var b = EpisodeBuilder()
    b.episode("A", referral: "2024-04-20", plans: [plan("2024-05-01", "2025-03-31")])
    b.episode("B", referral: "2024-04-20", plans: [plan("2024-05-01", "2025-04-01")])
    b.episode("C", referral: "2024-04-20", plans: [plan("2024-05-01", latest: "NEG")])
    b.episode("C", referral: "2024-10-20", plans: [plan("2024-11-01", latest: "SAB")])
    b.episode("D", referral: "2025-03-01", plans: [plan("2025-03-31")])
    return b
  }

  @Test func openAtTheEndOfTheLastDayAndEachChildOnce() {
    let v = compute(Self.sample(), ["2024-25-Q3", "2024-25"])
    // 31 December 2024: A, B and C (once, though on two plans); D has not started.
    #expect(v.value(.cppAtEnd, "2024-25-Q3")?.figure == .count(3))
    // 31 March 2025: B, C and D; A's plan ended that day.
    #expect(v.value(.cppAtEnd, "2024-25")?.figure == .count(3))
    // C's current plan is the later one.
    #expect(v.value(.cppByCategory, "2024-25", breakdown: "SAB")?.numerator == 1)
  }

  @Test func atEndRateUsesTheMidYearPopulation() {
    let v = compute(Self.sample(), ["2024-25", "2024-25-Q3"])
    let year = v.value(.cppAtEndRate, "2024-25")!
    #expect(year.figure == .ratio(numerator: 3, denominator: 71124, multiplier: 10_000))
    #expect(year.period.label == "2024-25")
    #expect(v.value(.cppAtEndRate, "2024-25-Q3")?.period.label == "R12-2024-12")
    // Five plans started in 2024-25 (C's two count separately).
    #expect(
      v.value(.cppStartedRate, "2024-25")?.figure == .ratio(numerator: 5, denominator: 71124, multiplier: 10_000))
  }

  @Test func categoriesOfTheCurrentPlan() {
    var b = EpisodeBuilder()
    b.episode("N1", referral: "2024-04-20", plans: [plan("2024-05-01", latest: "NEG")])
    b.episode("N2", referral: "2024-04-20", plans: [plan("2024-05-01", latest: "Neglect")])
    b.episode("E1", referral: "2024-04-20", plans: [plan("2024-05-01", latest: "EMO")])
    b.episode("M1", referral: "2024-04-20", plans: [plan("2024-05-01", latest: "MUL")])
    // No latest category: the initial one stands in.
    b.episode("P1", referral: "2024-04-20", plans: [plan("2024-05-01", latest: nil, initial: "PHY")])
    // An unreadable category: on a plan, in no category.
    b.episode("U1", referral: "2024-04-20", plans: [plan("2024-05-01", latest: "XYZ")])
    // Two open plans: the later (SAB) is current.
    b.episode(
      "T1", referral: "2024-04-20", plans: [plan("2024-05-01", latest: "NEG"), plan("2024-11-01", latest: "SAB")])
    let rows = compute(b, ["2024-25"]).filter { $0.indicator.id == .cppByCategory }
    #expect(rows.map(\.breakdown) == ["", "EMO", "MUL", "NEG", "PHY", "SAB"])
    #expect(rows.map(\.figure) == [.count(6), .count(1), .count(1), .count(2), .count(1), .count(1)])
    #expect(rows.allSatisfy { $0.denominator == 7 })
  }

  @Test func allFiveCategoriesArePresentEvenWhenEmpty() {
    let rows = compute(EpisodeBuilder(), ["2024-25"]).filter { $0.indicator.id == .cppByCategory }
    #expect(rows.map(\.breakdown) == ["", "EMO", "MUL", "NEG", "PHY", "SAB"])
    #expect(rows.allSatisfy { $0.figure == .count(0) && $0.denominator == 0 })
  }
}

@Suite struct PlanReviewTests {
  /// At 31 March 2025 (the last day minus 3 months is 31 December 2024):
  /// R1 first review exactly 3 months after the start, the next within 6 months — on time;
  /// R2 first review 3 months and a day after — late; R3 second review 6 months and a day after
  /// the first — late; R4 second review exactly 6 months after — on time; R5 latest review
  /// 30 September 2024, so the next was due by 30 March 2025 — overdue at 31 March (its review
  /// on 5 April is not yet known); R6 started 31 December 2024, no review — counted, not on time;
  /// R7 started 1 January 2025 — under 3 months, not counted.
  static func sample() -> EpisodeBuilder {
    var b = EpisodeBuilder()
    b.episode("R1", referral: "2024-06-01", plans: [plan("2024-06-15", reviews: ["2024-09-15", "2025-03-14"])])
    b.episode("R2", referral: "2024-06-01", plans: [plan("2024-06-15", reviews: ["2024-09-16", "2025-03-14"])])
    b.episode("R3", referral: "2024-06-01", plans: [plan("2024-06-15", reviews: ["2024-09-10", "2025-03-11"])])
    b.episode("R4", referral: "2024-06-01", plans: [plan("2024-06-15", reviews: ["2024-09-10", "2025-03-10"])])
    b.episode(
      "R5", referral: "2024-01-01", plans: [plan("2024-01-10", reviews: ["2024-04-10", "2024-09-30", "2025-04-05"])])
    b.episode("R6", referral: "2024-12-01", plans: [plan("2024-12-31")])
    b.episode("R7", referral: "2024-12-01", plans: [plan("2025-01-01")])
    return b
  }

  @Test func reviewsOnTime() {
    let v = compute(Self.sample(), ["2024-25"])
    #expect(v.value(.cppReviewsOnTime, "2024-25")?.figure == ratio(2, 6))
  }

  @Test func latestReviewRecent() {
    // R1–R4 were reviewed in March 2025; R5's latest (30 September) is overdue; R6 has none.
    let v = compute(Self.sample(), ["2024-25"])
    #expect(v.value(.cppLatestReviewRecent, "2024-25")?.figure == ratio(4, 6))
  }

  /// At 30 June 2025: a latest review on 30 December 2024 is due by 30 June (on time), one on
  /// 29 December was due by 29 June (overdue). At 31 March 2025: 1 October 2024 is due by
  /// 1 April (on time), 30 September by 30 March (overdue).
  static let latestCases: [(String, String, Bool)] = [
    ("2025-26-Q1", "2024-12-30", true), ("2025-26-Q1", "2024-12-29", false),
    ("2024-25", "2024-10-01", true), ("2024-25", "2024-09-30", false),
  ]

  @Test(arguments: latestCases)
  func noReviewOverdueAtPeriodEnd(period: String, latest: String, onTime: Bool) {
    var b = EpisodeBuilder()
    b.episode("C1", referral: "2024-06-01", plans: [plan("2024-06-01", reviews: ["2024-08-30", latest])])
    let v = compute(b, [period])
    #expect(v.value(.cppReviewsOnTime, period)?.figure == ratio(onTime ? 1 : 0, 1))
    #expect(v.value(.cppLatestReviewRecent, period)?.figure == ratio(onTime ? 1 : 0, 1))
  }

  @Test func annexAHasOnlyTheLatestReview() {
    let v = compute(Self.sample(), ["2024-25"], reviewsComplete: false)
    #expect(v.value(.cppReviewsOnTime, "2024-25")?.figure == Figure.none)
    #expect(v.value(.cppReviewsOnTime, "2024-25")?.flags == [.noData])
    #expect(v.value(.cppLatestReviewRecent, "2024-25")?.figure == ratio(4, 6))
  }
}

@Suite struct SecondPlanTests {
  /// A: previous-plan count 1; B: count 0 but an earlier plan in the data; C: count 0;
  /// D: no count and no earlier plan; all starting in 2024-25.
  static func sample(withD: Bool) -> EpisodeBuilder {
    var b = EpisodeBuilder()
    b.episode("A", referral: "2024-04-20", plans: [plan("2024-05-01", previous: 1)])
    b.episode("B", referral: "2021-12-01", plans: [plan("2022-01-01", "2022-12-01")])
    b.episode("B", referral: "2024-05-20", plans: [plan("2024-06-01", previous: 0)])
    b.episode("C", referral: "2024-06-20", plans: [plan("2024-07-01", previous: 0)])
    if withD { b.episode("D", referral: "2024-07-20", plans: [plan("2024-08-01", previous: nil)]) }
    return b
  }

  @Test func previousCountOrEarlierPlanInTheData() {
    let v = compute(Self.sample(withD: false), ["2024-25"], from: "2021-04-01")
    let row = v.value(.cppSecondOrSubsequent, "2024-25")!
    #expect(row.figure == ratio(2, 3))
    #expect(row.flags.isEmpty)
  }

  /// D's plan starts 1 August 2024; 19 years before is 1 August 2005.
  static let historyCases: [(String, Bool)] = [("2021-04-01", true), ("2005-08-02", true), ("2005-08-01", false)]

  @Test(arguments: historyCases)
  func partialHistoryWithoutACountAndAShortHistory(from: String, partial: Bool) {
    let row = compute(Self.sample(withD: true), ["2024-25"], from: from).value(.cppSecondOrSubsequent, "2024-25")!
    #expect(row.figure == ratio(2, 4))
    #expect(row.flags.contains(.partialHistory) == partial)
  }

  @Test func anEarlierPlanAnswersAMissingCount() {
    var b = EpisodeBuilder()
    b.episode("E", referral: "2023-01-01", plans: [plan("2023-02-01", "2023-12-01", previous: nil)])
    b.episode("E", referral: "2024-05-01", plans: [plan("2024-05-10", previous: nil)])
    let row = compute(b, ["2024-25"]).value(.cppSecondOrSubsequent, "2024-25")!
    #expect(row.figure == ratio(1, 1))
    #expect(row.flags.isEmpty)
  }
}
