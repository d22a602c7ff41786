import SafeguardCore
import Testing

@testable import Aggregate
@testable import Transform

private func compute(_ b: SetBuilder, _ periods: [String], la: String? = "332") -> [IndicatorValue] {
  let (timeline, _) = FrontDoorTransform.timeline(from: b.set)
  return FrontDoorIndicators.compute(
    timeline, periods: periods.map { try! Period.parse($0) }, la: la.flatMap(LACode.init))
}

@Suite struct ReReferralTests {
  /// Each pair is a child's previous referral and the referral in 2024-25 being classified.
  static let cases: [(String, String, Bool, String)] = [
    ("2023-06-15", "2024-06-15", true, "exactly 12 months after the previous one"),
    ("2023-06-14", "2024-06-15", false, "12 months and a day after"),
    ("2024-06-15", "2024-06-16", true, "the next day"),
    ("2024-02-29", "2025-02-28", true, "leap day looked back from 28 February"),
    ("2023-02-28", "2024-02-29", true, "29 February looks back to 28 February"),
    ("2023-02-27", "2024-02-29", false, "a day before the window"),
  ]

  @Test(arguments: cases)
  func boundary(previous: String, current: String, isRereferral: Bool, why: String) {
    var b = SetBuilder()
    b.referrals([("C1", previous, .no), ("C1", current, .no)], from: "2022-04-01", to: "2025-03-31")
    let p = Period.financialYearStart(of: Day(iso: current)!)
    let label = Period.financialYear(p).label
    let v = compute(b, [label]).value(.rereferrals12m, label)!
    let previousInSameYear = Period.financialYear(p).contains(Day(iso: previous)!)
    #expect(v.numerator == (isRereferral ? 1 : 0), "\(why)")
    #expect(v.denominator == (previousInSameYear ? 2 : 1), "\(why)")
  }

  @Test func onlyTheMostRecentPreviousReferralMatters() {
    // Three referrals: the third is within 12 months of the second, the second is not of the first.
    var b = SetBuilder()
    b.referrals(
      [("C1", "2022-05-01", .no), ("C1", "2023-09-01", .no), ("C1", "2024-08-31", .no)], from: "2022-04-01",
      to: "2025-03-31")
    let v = compute(b, ["2024-25", "2023-24"])
    #expect(v.value(.rereferrals12m, "2024-25")?.numerator == 1)
    #expect(v.value(.rereferrals12m, "2023-24")?.numerator == 0)
  }

  @Test func sameDayDuplicateIsCountedOnceAndReported() {
    var b = SetBuilder()
    b.referrals([("C1", "2024-05-01", .yes)], from: "2023-04-01", to: "2024-06-30", file: "a.csv")
    b.referrals(
      [("C1", "2024-05-01", .yes), ("C2", "2024-06-30", .no)], from: "2024-04-01", to: "2024-06-30", file: "b.csv")
    let (timeline, findings) = FrontDoorTransform.timeline(from: b.set)
    let v = FrontDoorIndicators.compute(timeline, periods: [.quarter(2024, 1)], la: nil)
    #expect(v.value(.referrals, "2024-25-Q1")?.figure == .count(2))
    #expect(v.value(.rereferrals12m, "2024-25-Q1")?.numerator == 0)
    #expect(findings.map(\.rule.code) == ["TRF001"])
    #expect(findings.first?.message == "the same referral is also in a.csv; counted once")
  }

  @Test(arguments: [("2023-04-01", false), ("2023-04-02", true), ("2024-04-01", true)])
  func partialHistoryWhenTheExtractStartsInsideTheLookBack(extractStart: String, partial: Bool) {
    var b = SetBuilder()
    b.referrals([("C1", "2024-04-10", .no)], from: extractStart, to: "2024-06-30")
    let v = compute(b, ["2024-25-Q1"]).value(.rereferrals12m, "2024-25-Q1")!
    #expect(v.flags.contains(.partialHistory) == partial)
    #expect(v.figure == .ratio(numerator: 0, denominator: 1, multiplier: 100))
  }
}

@Suite struct FrontDoorCountTests {
  @Test func thirtyFirstMarchAndFirstAprilFallInDifferentYears() {
    var b = SetBuilder()
    b.referrals([("C1", "2025-03-31", .no), ("C2", "2025-04-01", .no)], from: "2024-04-01", to: "2025-06-30")
    let v = compute(b, ["2024-25", "2024-25-Q4", "2025-26-Q1"])
    #expect(v.value(.referrals, "2024-25")?.figure == .count(1))
    #expect(v.value(.referrals, "2024-25-Q4")?.figure == .count(1))
    #expect(v.value(.referrals, "2025-26-Q1")?.figure == .count(1))
  }

  @Test func conversionAndNFA() {
    var b = SetBuilder()
    // 8 contacts, 4 referrals in Q1 2024-25; NFA: 1 yes, 2 no, 1 unanswered.
    b.contacts((1...8).map { ("K\($0)", "2024-04-0\($0)") }, from: "2024-04-01", to: "2024-06-30")
    b.referrals(
      [
        ("K1", "2024-04-01", .yes), ("K2", "2024-04-02", .no), ("K3", "2024-05-02", .no),
        ("K4", "2024-06-30", .unknown),
      ],
      from: "2024-04-01", to: "2024-06-30")
    let v = compute(b, ["2024-25-Q1"])
    #expect(v.value(.contacts, "2024-25-Q1")?.figure == .count(8))
    #expect(
      v.value(.contactReferralConversion, "2024-25-Q1")?.figure
        == .ratio(numerator: 4, denominator: 8, multiplier: 100))
    // The unanswered referral is left out of both sides: 1 of 3, not 1 of 4.
    #expect(v.value(.referralsNfa, "2024-25-Q1")?.figure == .ratio(numerator: 1, denominator: 3, multiplier: 100))
  }

  @Test func rateUsesTheMidYearEstimateInsideTheYear() {
    // LA 332's mid-2024 0–17 population is 71,124 (ONS): 3,700 referrals → 520.2 per 10,000.
    var b = SetBuilder()
    b.referrals((0..<3700).map { ("C\($0)", "2024-10-01", .no) }, from: "2024-04-01", to: "2025-03-31")
    let v = compute(b, ["2024-25"]).value(.referralsRate, "2024-25")!
    #expect(v.figure == .ratio(numerator: 3700, denominator: 71124, multiplier: 10_000))
    #expect(v.period.label == "2024-25")
    #expect(v.flags.isEmpty)
  }

  @Test func quarterRateIsForTheRollingYearEndingWithIt() {
    // Q3 2024-25 → R12-2024-12 (Jan–Dec 2024), whose 30 June is mid-2024.
    var b = SetBuilder()
    b.referrals(
      [("C1", "2024-01-01", .no), ("C2", "2024-12-31", .no), ("C3", "2023-12-31", .no)], from: "2023-04-01",
      to: "2024-12-31")
    let v = compute(b, ["2024-25-Q3"]).value(.referralsRate, "2024-25-Q3")!
    #expect(v.period.label == "R12-2024-12")
    #expect(v.figure == .ratio(numerator: 2, denominator: 71124, multiplier: 10_000))
  }

  @Test func rateForAYearWithoutAnEstimateIsProvisional() {
    var b = SetBuilder()
    b.referrals([("C1", "2025-05-01", .no)], from: "2025-04-01", to: "2026-03-31")
    let v = compute(b, ["2025-26"]).value(.referralsRate, "2025-26")!
    #expect(v.denominator == 71124)
    #expect(v.flags == [.provisional])
  }

  @Test func rateWithoutAnLAIsBlankAndFlagged() {
    var b = SetBuilder()
    b.referrals([("C1", "2024-05-01", .no)], from: "2024-04-01", to: "2025-03-31")
    let v = compute(b, ["2024-25"], la: nil).value(.referralsRate, "2024-25")!
    #expect(v.figure == .none)
    #expect(v.flags == [.noData])
  }

  static let coverageCases: [(String, String, Set<IndicatorFlag>, Bool)] = [
    ("2024-04-01", "2024-06-30", [], true), ("2024-04-02", "2024-06-30", [.noData], false),
    ("2024-04-01", "2024-06-29", [.provisional], true), ("2023-01-01", "2024-03-31", [.noData], false),
  ]

  @Test(arguments: coverageCases)
  func coverageDecidesBlankOrProvisional(from: String, to: String, flags: Set<IndicatorFlag>, hasValue: Bool) {
    var b = SetBuilder()
    b.referrals([("C1", "2024-05-01", .no)], from: from, to: to)
    let v = compute(b, ["2024-25-Q1"]).value(.referrals, "2024-25-Q1")!
    #expect(v.flags == flags)
    #expect((v.figure != .none) == hasValue)
  }

  @Test func noContactsExtractMeansNoDataNotZero() {
    var b = SetBuilder()
    b.referrals([("C1", "2024-05-01", .no)], from: "2024-04-01", to: "2024-06-30")
    let v = compute(b, ["2024-25-Q1"])
    #expect(v.value(.contacts, "2024-25-Q1")?.figure == Figure.none)
    #expect(v.value(.contacts, "2024-25-Q1")?.flags == [.noData])
    #expect(v.value(.contactReferralConversion, "2024-25-Q1")?.flags == [.noData])
  }

  @Test func suppressionMarksOneToFiveAndTheirRatios() {
    var b = SetBuilder()
    b.referrals([("C1", "2024-05-01", .yes), ("C2", "2024-05-02", .no)], from: "2024-04-01", to: "2024-06-30")
    let v = Suppression.apply(compute(b, ["2024-25-Q1"]))
    #expect(v.value(.referrals, "2024-25-Q1")?.flags.contains(.suppressed) == true)
    #expect(v.value(.referralsNfa, "2024-25-Q1")?.flags.contains(.suppressed) == true)
    #expect(Suppression.isSmall(0) == false)
    #expect(Suppression.isSmall(6) == false)
    #expect(Suppression.isSmall(5) == true)
  }
}

@Suite struct TrendPeriodTests {
  @Test func quarterGetsThreeYearsAndFiveQuarters() {
    let got = TrendPeriods.periods(for: .quarter(2024, 3), dataFrom: Day(iso: "2021-04-01")).map(\.label)
    #expect(
      got == [
        "2021-22", "2022-23", "2023-24", "2023-24-Q3", "2023-24-Q4", "2024-25-Q1", "2024-25-Q2", "2024-25-Q3",
      ])
  }

  @Test func periodsBeforeTheDataAreLeftOut() {
    let got = TrendPeriods.periods(for: .quarter(2024, 3), dataFrom: Day(iso: "2023-01-15")).map(\.label)
    #expect(got == ["2023-24", "2023-24-Q3", "2023-24-Q4", "2024-25-Q1", "2024-25-Q2", "2024-25-Q3"])
  }

  @Test func yearIncludesItselfAndItsQuarters() {
    let got = TrendPeriods.periods(for: .financialYear(2023), dataFrom: nil).map(\.label)
    #expect(
      got == ["2021-22", "2022-23", "2023-24", "2022-23-Q4", "2023-24-Q1", "2023-24-Q2", "2023-24-Q3", "2023-24-Q4"])
  }

  @Test func monthComesLast() {
    let got = TrendPeriods.periods(for: .month(2024, 11), dataFrom: Day(iso: "2024-01-01")).map(\.label)
    #expect(got == ["2023-24-Q4", "2024-25-Q1", "2024-25-Q2", "2024-11"])
  }
}

@Suite struct SuppressionOfSummariesTests {
  static func median(over records: Int) -> IndicatorValue {
    IndicatorValue(
      indicator: IndicatorCatalogue.definition(.assessmentDurationMedian), period: .quarter(2024, 1),
      column: .quarter(2024, 1), numerator: nil, denominator: records,
      figure: .ratio(numerator: 55, denominator: 2, multiplier: 1), flags: [])
  }

  @Test(arguments: [(3, true), (5, true), (6, false), (40, false)])
  func aMedianIsSuppressedByHowManyRecordsItSummarises(records: Int, suppressed: Bool) {
    #expect(Suppression.apply([Self.median(over: records)])[0].flags.contains(.suppressed) == suppressed)
  }
}

@Suite struct SourceHorizonTests {
  static func value(_ p: Period) -> IndicatorValue {
    IndicatorValue(
      indicator: IndicatorCatalogue.definition(.icpc), period: p, column: p, numerator: 4, denominator: nil,
      figure: .count(4), flags: [.provisional])
  }

  @Test func periodsPastAnEarlierSourceEndAreBlank() {
    let end = Day(iso: "2024-03-31")!
    let v = SourceHorizon.limit(
      [Self.value(.quarter(2023, 4)), Self.value(.quarter(2024, 1))], sourceEnd: end, horizon: Day(iso: "2024-12-31")!)
    #expect(v[0].figure == .count(4))
    #expect(v[1].figure == Figure.none)
    #expect(v[1].flags == [.noData])
  }

  @Test func theLatestSourceKeepsItsProvisionalFigures() {
    let end = Day(iso: "2024-12-31")!
    let v = SourceHorizon.limit([Self.value(.quarter(2024, 4))], sourceEnd: end, horizon: end)
    #expect(v[0].figure == .count(4))
    #expect(v[0].flags == [.provisional])
  }
}
