import SafeguardCore
import Testing

@testable import Aggregate

private func compute(
  _ b: EpisodeBuilder, _ labels: [String], from: String = "2024-01-01", to: String = "2025-06-30",
  la: String? = "332"
) -> [IndicatorValue] {
  AssessmentIndicators.compute(
    b.episodes, coverage: covered(from, to), periods: labels.map { try! Period.parse($0) },
    la: la.flatMap(LACode.init))
}

private func ratio(_ n: Int, _ d: Int) -> Figure { .ratio(numerator: n, denominator: d, multiplier: 100) }

@Suite struct AssessmentTimelinessTests {
  /// (start, authorised, working days, within 45). Worked by hand from the bank-holiday list:
  /// - From Monday 2 September 2024 there is no bank holiday until Christmas, so 45 working days
  ///   are 9 whole weeks: the 45th is Monday 4 November, the 46th Tuesday 5 November.
  /// - From Monday 2 December 2024, Christmas Day (Wed 25), Boxing Day (Thu 26) and New Year's Day
  ///   (Wed 1 January) fall inside: 3–6 Dec 4, 9–13 Dec 9, 16–20 Dec 14, 23/24/27 Dec 17,
  ///   30/31 Dec + 2/3 Jan 21, then five a week to 31 January 41, Mon 3 Feb 42 … Thu 6 Feb 45,
  ///   Fri 7 Feb 46 (weekends alone would put the 45th on Monday 3 February).
  static let cases: [(String, String, Int, Bool)] = [
    ("2024-09-02", "2024-11-04", 45, true), ("2024-09-02", "2024-11-05", 46, false),
    ("2024-12-02", "2025-02-06", 45, true), ("2024-12-02", "2025-02-07", 46, false),
    ("2024-12-02", "2025-02-03", 42, true), ("2024-09-02", "2024-09-02", 0, true),
  ]

  @Test(arguments: cases)
  func fortyFifthAndFortySixthWorkingDay(start: String, authorised: String, days: Int, within: Bool) {
    #expect(WorkingDayCalendar.england.workingDays(from: day(start), to: day(authorised)) == days)
    var b = EpisodeBuilder()
    b.episode("C1", referral: start, assessments: [assessment(start, authorised)])
    let v = compute(b, ["2024-25"])
    #expect(v.value(.assessments45wd, "2024-25")?.figure == ratio(within ? 1 : 0, 1))
    #expect(
      v.value(.assessmentDurationMedian, "2024-25")?.figure
        == .ratio(numerator: 2 * days, denominator: 2, multiplier: 1))
  }

  /// Durations 3, 10, 45 and 46 working days from Monday 2 September 2024 (Thu 5 Sep, Mon 16 Sep,
  /// Mon 4 Nov, Tue 5 Nov); one assessment without a start and one authorised before its start
  /// count as completed but cannot be timed.
  static func mixed() -> EpisodeBuilder {
    var b = EpisodeBuilder()
    b.episode(
      "C1", referral: "2024-09-01",
      assessments: [
        assessment("2024-09-02", "2024-09-05"), assessment("2024-09-02", "2024-09-16"),
        assessment("2024-09-02", "2024-11-04"), assessment("2024-09-02", "2024-11-05"),
        assessment(nil, "2024-10-01"), assessment("2024-10-10", "2024-10-09"),
        // Not yet authorised: counts nowhere.
        assessment("2024-10-01", nil),
      ])
    return b
  }

  @Test func untimedAssessmentsCountAsCompletedOnly() {
    let v = compute(Self.mixed(), ["2024-25"])
    #expect(v.value(.assessmentsCompleted, "2024-25")?.figure == .count(6))
    #expect(v.value(.assessments45wd, "2024-25")?.figure == ratio(3, 4))
  }

  @Test func medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    // 3, 10, 45, 46 → (10 + 45) ÷ 2 = 27.5, held as 55 ÷ 2.
    let m = compute(Self.mixed(), ["2024-25"]).value(.assessmentDurationMedian, "2024-25")!
    #expect(m.figure == .ratio(numerator: 55, denominator: 2, multiplier: 1))
    #expect(m.numerator == nil)
    #expect(m.denominator == 4)
  }

  @Test func medianOfAnOddCountIsTheMiddleValue() {
    var b = Self.mixed()
    // A fifth timed assessment of 0 working days: 0, 3, 10, 45, 46 → 10.
    b.episode("C2", referral: "2024-09-02", assessments: [assessment("2024-09-02", "2024-09-02")])
    let m = compute(b, ["2024-25"]).value(.assessmentDurationMedian, "2024-25")!
    #expect(m.figure == .ratio(numerator: 20, denominator: 2, multiplier: 1))
    #expect(m.denominator == 5)
  }

  @Test func noTimedAssessmentLeavesTheMedianBlank() {
    var b = EpisodeBuilder()
    b.episode("C1", referral: "2024-09-02", assessments: [assessment(nil, "2024-09-05")])
    let v = compute(b, ["2024-25"])
    #expect(v.value(.assessmentDurationMedian, "2024-25")?.figure == Figure.none)
    #expect(v.value(.assessmentDurationMedian, "2024-25")?.flags == [])
    #expect(v.value(.assessments45wd, "2024-25")?.figure == ratio(0, 0))
  }
}

@Suite struct AssessmentCountTests {
  @Test func thirtyFirstMarchAndFirstAprilFallInDifferentYears() {
    var b = EpisodeBuilder()
    b.episode("C1", referral: "2025-03-01", assessments: [assessment("2025-03-03", "2025-03-31")])
    b.episode("C2", referral: "2025-03-01", assessments: [assessment("2025-03-03", "2025-04-01")])
    let v = compute(b, ["2024-25", "2025-26-Q1"])
    #expect(v.value(.assessmentsCompleted, "2024-25")?.figure == .count(1))
    #expect(v.value(.assessmentsCompleted, "2025-26-Q1")?.figure == .count(1))
  }

  @Test func factorsCountAssessmentsNotMentions() {
    var b = EpisodeBuilder()
    // Q3: three assessments; one records 1C twice and 2B, one 2B, one none.
    b.episode(
      "C1", referral: "2024-10-01",
      assessments: [
        assessment("2024-10-01", "2024-10-20", factors: ["1C", "2B", "1C"]),
        assessment("2024-10-01", "2024-11-20", factors: [" 2b "]),
      ])
    b.episode("C2", referral: "2024-10-01", assessments: [assessment("2024-10-01", "2024-12-31")])
    // Q2: one assessment with factor 21 only.
    b.episode("C3", referral: "2024-07-01", assessments: [assessment("2024-07-01", "2024-08-01", factors: ["21"])])
    let v = compute(b, ["2024-25-Q2", "2024-25-Q3"])
    let rows = v.filter { $0.indicator.id == .assessmentFactors }
    // Total row first, then codes in ascending order, each for every period.
    #expect(rows.map(\.breakdown) == ["", "", "1C", "1C", "21", "21", "2B", "2B"])
    #expect(rows.map(\.column.label) == Array(repeating: ["2024-25-Q2", "2024-25-Q3"], count: 4).flatMap { $0 })
    let q3 = "2024-25-Q3"
    // Each row is a count of assessments, over the assessments authorised in the period.
    #expect(v.value(.assessmentFactors, q3, breakdown: "")?.figure == .count(2))
    #expect(v.value(.assessmentFactors, q3, breakdown: "1C")?.figure == .count(1))
    #expect(v.value(.assessmentFactors, q3, breakdown: "2B")?.figure == .count(2))
    #expect(v.value(.assessmentFactors, q3, breakdown: "21")?.figure == .count(0))
    #expect(v.value(.assessmentFactors, q3, breakdown: "2B")?.numerator == 2)
    #expect(v.value(.assessmentFactors, q3, breakdown: "2B")?.denominator == 3)
    #expect(v.value(.assessmentFactors, "2024-25-Q2", breakdown: "21")?.figure == .count(1))
    #expect(v.value(.assessmentFactors, "2024-25-Q2", breakdown: "21")?.denominator == 1)
  }

  @Test func rateForAYearAndForAQuarter() {
    var b = EpisodeBuilder()
    b.episode(
      "C1", referral: "2023-12-01",
      assessments: [
        assessment("2023-12-01", "2023-12-31"), assessment("2024-01-01", "2024-01-02"),
        assessment("2024-12-01", "2024-12-31"), assessment("2025-02-01", "2025-03-31"),
      ])
    let v = compute(b, ["2024-25", "2024-25-Q3"], from: "2023-04-01")
    // 2024-25: the December 2024 and March 2025 assessments, over LA 332's mid-2024 71,124.
    let year = v.value(.assessmentsRate, "2024-25")!
    #expect(year.figure == .ratio(numerator: 2, denominator: 71124, multiplier: 10_000))
    #expect(year.note == "population: ONS mid-2024 estimate of children aged 0–17")
    // Q3 → the twelve months to 31 December 2024: 2 January and 31 December 2024.
    let q3 = v.value(.assessmentsRate, "2024-25-Q3")!
    #expect(q3.period.label == "R12-2024-12")
    #expect(q3.figure == .ratio(numerator: 2, denominator: 71124, multiplier: 10_000))
  }

  @Test func rateNeedsTheWholeRollingYearCovered() {
    var b = EpisodeBuilder()
    b.episode("C1", referral: "2024-12-01", assessments: [assessment("2024-12-01", "2024-12-31")])
    // Covered from 1 April 2024: Q3 itself counts, its rolling year (from January) does not.
    let v = compute(b, ["2024-25-Q3"], from: "2024-04-01")
    #expect(v.value(.assessmentsCompleted, "2024-25-Q3")?.figure == .count(1))
    #expect(v.value(.assessmentsRate, "2024-25-Q3")?.flags == [.noData])
  }

  @Test func coverageFlags() {
    var b = EpisodeBuilder()
    b.episode("C1", referral: "2024-05-01", assessments: [assessment("2024-05-01", "2024-05-20", factors: ["1C"])])
    let provisional = compute(b, ["2024-25-Q1"], from: "2024-04-01", to: "2024-06-29")
    #expect(provisional.allSatisfy { $0.flags == [.provisional] || $0.indicator.id == .assessmentsRate })
    let blank = AssessmentIndicators.compute(b.episodes, coverage: nil, periods: periods("2024-25-Q1"), la: nil)
    #expect(blank.allSatisfy { $0.flags == [.noData] && $0.figure == .none })
    // Without coverage no factor is known, but the total row is still there.
    #expect(blank.filter { $0.indicator.id == .assessmentFactors }.map(\.breakdown) == [""])
  }

  @Test func rowsAreInCatalogueThenPeriodOrder() {
    let v = compute(EpisodeBuilder(), ["2024-25-Q1", "2024-25-Q2"])
    #expect(v.map(\.indicator.id) == AssessmentIndicators.ids.flatMap { [$0, $0] })
  }
}
