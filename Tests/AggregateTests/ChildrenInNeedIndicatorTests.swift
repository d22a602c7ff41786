import SafeguardCore
import SafeguardKernels
import Testing

@testable import Aggregate

// MARK: Builders shared by the CIN-episode indicator tests (assessments, S47, plans, CIN)

/// Builds CIN episodes by hand; child IDs are interned as the readers do.
struct EpisodeBuilder {
  let children = ChildRegistry()
  var episodes: [CINEpisode] = []

  /// Adds one episode for `child` (an ID such as "C1").
  mutating func episode(
    _ child: String, referral: String? = nil, closure: String? = nil, nfa: YesNo = .no, icpc: String? = nil,
    assessments: [AssessmentRecord] = [], section47s: [Section47Enquiry] = [], plans: [ChildProtectionPlan] = []
  ) {
    var e = CINEpisode(child: children.intern(child), line: episodes.count + 1)
    e.referralDate = referral.map(day)
    e.closureDate = closure.map(day)
    e.nfa = nfa
    e.icpcDate = icpc.map(day)
    e.assessments = assessments
    e.section47s = section47s
    e.plans = plans
    episodes.append(e)
  }
}

func day(_ iso: String) -> Day { Day(iso: iso)! }
func periods(_ labels: String...) -> [Period] { labels.map { try! Period.parse($0) } }
func covered(_ from: String, _ to: String) -> ClosedRange<Day> { day(from)...day(to) }

func assessment(_ start: String?, _ authorised: String?, factors: [String] = []) -> AssessmentRecord {
  AssessmentRecord(start: start.map(day), authorised: authorised.map(day), factors: factors)
}

func enquiry(_ start: String?, icpc: String? = nil, notRequired: YesNo = .no) -> Section47Enquiry {
  Section47Enquiry(start: start.map(day), icpcDate: icpc.map(day), icpcNotRequired: notRequired)
}

func plan(
  _ start: String?, _ end: String? = nil, latest: String? = "NEG", initial: String? = nil, previous: Int? = 0,
  reviews: [String] = []
) -> ChildProtectionPlan {
  ChildProtectionPlan(
    start: start.map(day), end: end.map(day), initialCategory: initial, latestCategory: latest,
    previousPlans: previous, reviews: reviews.map(day))
}

extension Array where Element == IndicatorValue {
  func value(_ id: IndicatorID, _ period: String, breakdown: String) -> IndicatorValue? {
    first { $0.indicator.id == id && $0.column.label == period && $0.breakdown == breakdown }
  }
}

// MARK: Children in need and children in care

private let la332 = LACode("332")

@Suite struct ChildrenInNeedIndicatorTests {
  /// A: referred 31 March 2025; B: referred 1 April 2025; C: closed on 31 March 2025; D: closed
  /// 1 April 2025; E: an NFA referral never closed; F: two open episodes; G: no referral date.
  static func sample() -> EpisodeBuilder {
    var b = EpisodeBuilder()
    b.episode("A", referral: "2025-03-31")
    b.episode("B", referral: "2025-04-01")
    b.episode("C", referral: "2024-01-01", closure: "2025-03-31")
    b.episode("D", referral: "2024-01-01", closure: "2025-04-01")
    b.episode("E", referral: "2025-03-20", nfa: .yes)
    b.episode("F", referral: "2024-05-01")
    b.episode("F", referral: "2024-09-01")
    b.episode("G", referral: nil)
    return b
  }

  @Test func openAtTheEndOfTheLastDay() {
    let v = ChildrenInNeedIndicators.compute(
      Self.sample().episodes, coverage: covered("2024-01-01", "2025-06-30"),
      periods: periods("2024-25", "2025-26-Q1"), la: la332)
    // 2024-25 (to 31 March 2025): A (referred on the last day), D (closed the day after), F once = 3.
    #expect(v.value(.cinAtEnd, "2024-25")?.figure == .count(3))
    // 2025-26-Q1 (to 30 June 2025): A, B (referred 1 April), F = 3; D closed on 1 April.
    #expect(v.value(.cinAtEnd, "2025-26-Q1")?.figure == .count(3))
  }

  @Test("Annex A list 6 periods of need: open at the end of the last day, no NFA answer")
  func fromListSix() {
    let r = ChildRegistry()
    // A starts on the last day; B closes on it; C closes the day after; D starts the day after;
    // E has two open periods (one child).
    let spans: [ChildrenInNeedIndicators.CareEpisode] = [
      (r.intern("A"), day("2025-03-31"), nil), (r.intern("B"), day("2024-06-01"), day("2025-03-31")),
      (r.intern("C"), day("2024-06-01"), day("2025-04-01")), (r.intern("D"), day("2025-04-01"), nil),
      (r.intern("E"), day("2024-05-01"), nil), (r.intern("E"), day("2024-09-01"), nil),
    ]
    let v = ChildrenInNeedIndicators.compute(
      spans: spans, coverage: covered("2024-04-01", "2025-04-01"), periods: periods("2024-25"), la: la332)
    // A, C, E = 3.
    #expect(v.value(.cinAtEnd, "2024-25")?.figure == .count(3))
    #expect(
      v.value(.cinAtEndRate, "2024-25")?.figure == .ratio(numerator: 3, denominator: 71124, multiplier: 10_000))
    let none = ChildrenInNeedIndicators.compute(spans: [], coverage: nil, periods: periods("2024-25"), la: la332)
    #expect(none.value(.cinAtEnd, "2024-25")?.flags == [.noData])
  }

  @Test func rateIsPerTenThousandOfTheMidYearPopulation() {
    let v = ChildrenInNeedIndicators.compute(
      Self.sample().episodes, coverage: covered("2024-01-01", "2025-06-30"), periods: periods("2024-25", "2024-25-Q3"),
      la: la332)
    // LA 332, mid-2024: 71,124 children aged 0–17.
    let year = v.value(.cinAtEndRate, "2024-25")!
    #expect(year.figure == .ratio(numerator: 3, denominator: 71124, multiplier: 10_000))
    #expect(year.period.label == "2024-25")
    #expect(year.flags.isEmpty)
    // Q3 ends 31 December 2024: C, D and F are open (A and E not yet referred); labelled as its rolling year.
    let q3 = v.value(.cinAtEndRate, "2024-25-Q3")!
    #expect(q3.figure == .ratio(numerator: 3, denominator: 71124, multiplier: 10_000))
    #expect(q3.period.label == "R12-2024-12")
  }

  @Test func coverageDecidesBlankOrProvisional() {
    let episodes = Self.sample().episodes
    let none = ChildrenInNeedIndicators.compute(episodes, coverage: nil, periods: periods("2024-25"), la: la332)
    #expect(none.value(.cinAtEnd, "2024-25")?.flags == [.noData])
    #expect(none.value(.cinAtEnd, "2024-25")?.figure == Figure.none)
    let late = ChildrenInNeedIndicators.compute(
      episodes, coverage: covered("2024-04-02", "2025-03-31"), periods: periods("2024-25"), la: la332)
    #expect(late.value(.cinAtEnd, "2024-25")?.flags == [.noData])
    let short = ChildrenInNeedIndicators.compute(
      episodes, coverage: covered("2024-04-01", "2025-03-30"), periods: periods("2024-25"), la: la332)
    #expect(short.value(.cinAtEnd, "2024-25")?.flags == [.provisional])
    #expect(short.value(.cinAtEnd, "2024-25")?.figure == .count(3))
  }

  @Test func noCareEpisodesMeansNoDataNotZero() {
    let v = ChildrenInNeedIndicators.compute(
      Self.sample().episodes, coverage: covered("2024-01-01", "2025-03-31"), periods: periods("2024-25"), la: la332)
    #expect(v.value(.claAtEnd, "2024-25")?.figure == Figure.none)
    #expect(v.value(.claAtEnd, "2024-25")?.flags == [.noData])
    #expect(v.value(.claAtEndRate, "2024-25")?.flags == [.noData])
  }

  @Test func lookedAfterAtPeriodEnd() {
    let reg = ChildRegistry()
    let care: [ChildrenInNeedIndicators.CareEpisode] = [
      (reg.intern("X"), day("2023-05-01"), nil),
      // Ceased on the last day: not looked after at period end.
      (reg.intern("Y"), day("2024-06-01"), day("2025-03-31")),
      // Started on the last day: looked after at period end.
      (reg.intern("Z"), day("2025-03-31"), nil),
      // Two overlapping episodes count once.
      (reg.intern("W"), day("2024-04-01"), nil), (reg.intern("W"), day("2024-10-01"), day("2025-06-01")),
    ]
    let v = ChildrenInNeedIndicators.compute(
      [], coverage: nil, care: care, careCoverage: covered("2023-04-01", "2025-03-31"),
      periods: periods("2024-25"), la: la332)
    #expect(v.value(.claAtEnd, "2024-25")?.figure == .count(3))
    #expect(
      v.value(.claAtEndRate, "2024-25")?.figure == .ratio(numerator: 3, denominator: 71124, multiplier: 10_000))
    // The CIN measures have no coverage of their own here.
    #expect(v.value(.cinAtEnd, "2024-25")?.flags == [.noData])
  }

  @Test func rowsAreInCatalogueThenPeriodOrder() {
    let v = ChildrenInNeedIndicators.compute(
      [], coverage: nil, periods: periods("2023-24", "2024-25"), la: nil)
    #expect(v.map(\.indicator.id) == ChildrenInNeedIndicators.ids.flatMap { [$0, $0] })
    #expect(v.map(\.column.label) == Array(repeating: ["2023-24", "2024-25"], count: 4).flatMap { $0 })
  }
}
