import SafeguardCore
import Testing

@testable import Aggregate

/// `cp_visits_on_time` and `cp_seen_alone` over list 7 rows built by hand.
///
/// The period is 2024-25-Q3, whose last day is Tuesday 31 December 2024. Counting back the working
/// days after a visit up to and including 31 December, Christmas Day (Wed 25) and Boxing Day
/// (Thu 26) and the weekends are skipped: 30 Dec is 1, 27 Dec 2, 24 Dec 3, 20 Dec 5, 16 Dec 9,
/// Friday 13 Dec (and Saturday 14th) 10, Thursday 12 Dec 11. Without the two bank holidays 13 Dec
/// would be 12.
@Suite struct ProtectionVisitIndicatorTests {
  static let q3 = Period.quarter(2024, 3)
  static let coverage = Day(iso: "2023-04-01")!...Day(iso: "2024-12-31")!

  static func plan(
    _ child: Int32, start: String = "2024-06-03", end: String? = nil, visit: String?, alone: YesNo = .yes,
    line: UInt32 = 2
  ) -> AnnexAPlanRecord {
    AnnexAPlanRecord(
      child: child, start: Day(iso: start)!, initialCategory: "NEG", latestCategory: "NEG", latestReview: nil,
      end: end.flatMap { Day(iso: $0) }, previousPlans: 0, lastVisit: visit.flatMap { Day(iso: $0) },
      seenAlone: alone, file: 0, line: line)
  }

  static func compute(_ plans: [AnnexAPlanRecord], days: Int = 10) -> [IndicatorValue] {
    ProtectionVisitIndicators.compute(plans, coverage: coverage, periods: [q3], withinWorkingDays: days)
  }

  @Test(arguments: [
    ("2024-12-31", 0, true),  // the last day itself
    ("2024-12-30", 1, true),
    ("2024-12-27", 2, true),
    ("2024-12-24", 3, true),  // across Christmas Day and Boxing Day
    ("2024-12-16", 9, true),  // a Monday
    ("2024-12-14", 10, true),  // a Saturday: the same working days follow it as follow Friday 13th
    ("2024-12-13", 10, true),  // exactly 10 working days before: on time
    ("2024-12-12", 11, false),  // 11: late
  ])
  func visitBoundaries(visit: String, workingDays: Int, onTime: Bool) {
    #expect(WorkingDayCalendar.england.workingDays(from: Day(iso: visit)!, to: Self.q3.end) == workingDays)
    let v = Self.compute([Self.plan(0, visit: visit)]).value(.cpVisitsOnTime, "2024-25-Q3")!
    #expect(v.figure == .ratio(numerator: onTime ? 1 : 0, denominator: 1, multiplier: 100))
    #expect(v.flags.isEmpty)
  }

  @Test func theSettingMovesTheBoundary() {
    let plans = [Self.plan(0, visit: "2024-12-13"), Self.plan(1, visit: "2024-12-24")]
    let v = Self.compute(plans, days: 3).value(.cpVisitsOnTime, "2024-25-Q3")!
    #expect(v.numerator == 1 && v.denominator == 2)
  }

  /// Every child on a plan at 31 December is in the denominator, a child with no visit too (not
  /// on time); a plan ending on 31 December is not open at period end, one ending 1 January is.
  @Test func whoIsOnAPlanAtPeriodEnd() {
    let plans = [
      Self.plan(0, visit: "2024-12-20"),
      Self.plan(1, visit: nil),
      Self.plan(2, end: "2024-12-31", visit: "2024-12-31"),
      Self.plan(3, end: "2025-01-01", visit: "2024-12-31"),
      Self.plan(4, start: "2025-01-01", visit: nil),
    ]
    let v = Self.compute(plans).value(.cpVisitsOnTime, "2024-25-Q3")!
    #expect(v.figure == .ratio(numerator: 2, denominator: 3, multiplier: 100))
  }

  /// A child with two open plans counts once, on the plan that started last.
  @Test func twoOpenPlansCountOnce() {
    let plans = [
      Self.plan(0, start: "2024-04-02", visit: "2024-11-01"),
      Self.plan(0, start: "2024-09-02", visit: "2024-12-30", line: 3),
    ]
    let v = Self.compute(plans).value(.cpVisitsOnTime, "2024-25-Q3")!
    #expect(v.figure == .ratio(numerator: 1, denominator: 1, multiplier: 100))
  }

  /// Seen alone Yes counts, No does not; a blank answer leaves the child out of both numerator
  /// and denominator (the answer is not known), as does a child with no visit recorded.
  @Test func seenAloneYesNoBlank() {
    let plans = [
      Self.plan(0, visit: "2024-12-20", alone: .yes),
      Self.plan(1, visit: "2024-12-20", alone: .no),
      Self.plan(2, visit: "2024-12-20", alone: .unknown),
      Self.plan(3, visit: nil, alone: .yes),
    ]
    let v = Self.compute(plans).value(.cpSeenAlone, "2024-25-Q3")!
    #expect(v.figure == .ratio(numerator: 1, denominator: 2, multiplier: 100))
    #expect(v.flags.isEmpty)
  }

  /// A visit recorded after the period's last day hides the one that stood at period end: both
  /// figures are blank, flagged `no_data`, and the note says how many children it concerns.
  @Test func aVisitAfterThePeriodBlanksBoth() {
    let plans = [Self.plan(0, visit: "2024-12-20"), Self.plan(1, visit: "2025-01-02")]
    let v = Self.compute(plans)
    for id in ProtectionVisitIndicators.ids {
      let row = v.value(id, "2024-25-Q3")!
      #expect(row.figure == Figure.none && row.numerator == nil)
      #expect(row.flags == [.noData])
      #expect(row.note?.hasPrefix("1 of 2 children on a plan at 2024-12-31") == true)
    }
  }

  /// No child on a plan at period end: both denominators are 0, the values blank and flagged.
  @Test func zeroDenominatorsAreBlankAndFlagged() {
    let v = Self.compute([Self.plan(0, end: "2024-07-01", visit: "2024-06-28")])
    for id in ProtectionVisitIndicators.ids {
      let row = v.value(id, "2024-25-Q3")!
      #expect(row.numerator == 0 && row.denominator == 0)
      #expect(row.flags == [.noData])
    }
    // Every child answered blank: seen alone has no denominator, visits on time still has one.
    let blank = Self.compute([Self.plan(0, visit: "2024-12-20", alone: .unknown)])
    #expect(blank.value(.cpSeenAlone, "2024-25-Q3")!.denominator == 0)
    #expect(
      blank.value(.cpVisitsOnTime, "2024-25-Q3")!.figure == .ratio(numerator: 1, denominator: 1, multiplier: 100))
  }

  @Test func listSevenMustCoverThePeriod() {
    let v = ProtectionVisitIndicators.compute(
      [Self.plan(0, visit: "2024-12-20")], coverage: Day(iso: "2024-10-02")!...Day(iso: "2024-12-31")!,
      periods: [Self.q3])
    #expect(v.allSatisfy { $0.figure == Figure.none && $0.flags == [.noData] })
    let late = ProtectionVisitIndicators.compute(
      [Self.plan(0, visit: "2024-12-20")], coverage: Day(iso: "2024-04-01")!...Day(iso: "2024-12-20")!,
      periods: [Self.q3])
    #expect(late.allSatisfy { $0.flags == [.provisional] })
  }

  @Test func censusOnlyRowsAreBlank() {
    let v = ProtectionVisitIndicators.censusOnly(periods: [Self.q3, .financialYear(2024)])
    #expect(v.count == 4)
    #expect(v.allSatisfy { $0.figure == Figure.none && $0.flags == [.noData] && $0.note != nil })
    #expect(v.map(\.indicator.id) == [.cpVisitsOnTime, .cpVisitsOnTime, .cpSeenAlone, .cpSeenAlone])
  }
}
