import PropertyBased
import SafeguardCore
import Testing

@testable import Aggregate

/// The breakdown rows of Section 47 enquiries, plans and children in need, worked by hand.
@Suite struct BreakdownRowsTests {
  /// Traits for children "A", "B", "C" of `b`, registered in that order.
  static func traits(
    _ b: EpisodeBuilder, _ rows: [(String, ChildTraits)], carries: Set<BreakdownDimension>
  )
    -> ChildTraitsTable
  {
    var t = ChildTraitsTable(source: "test", carries: carries)
    for (id, traits) in rows { t[b.children.intern(id)] = traits }
    return t
  }

  static let all: Set<BreakdownDimension> = [.age, .sex, .ethnicity, .disability]

  static func rows(
    _ v: [IndicatorValue], _ id: IndicatorID, _ period: String, _ dimension: String
  )
    -> [(String, Int?, Int?)]
  {
    v.filter { $0.indicator.id == id && $0.column.label == period && $0.breakdown.hasPrefix(dimension + "=") }
      .map { ($0.breakdown, $0.numerator, $0.denominator) }
  }

  /// A turns 10 on the day of the enquiry (born 2014-11-05); B is a day short of 16; C's only
  /// date is an expected date of birth after the enquiry.
  @Test func section47sByAgeOnTheStartDaySexEthnicityAndDisability() {
    var b = EpisodeBuilder()
    b.episode("A", referral: "2024-10-01", section47s: [enquiry("2024-11-05")])
    b.episode("B", referral: "2024-10-01", section47s: [enquiry("2024-11-05")])
    b.episode("C", referral: "2024-10-01", section47s: [enquiry("2024-12-01")])
    let t = Self.traits(
      b,
      [
        ("A", ChildTraits(birth: day("2014-11-05"), sex: .female, ethnicity: .asian, disability: .yes)),
        ("B", ChildTraits(birth: day("2008-11-06"), sex: .male, ethnicity: .white, disability: .no)),
        ("C", ChildTraits(expectedBirth: day("2025-01-10"))),
      ], carries: Self.all)
    let v = Section47Indicators.compute(
      b.episodes, coverage: covered("2024-04-01", "2025-03-31"), periods: periods("2024-25-Q3"), la: nil, traits: t)
    #expect(v.value(.s47Started, "2024-25-Q3")?.figure == .count(3))
    let age = Self.rows(v, .s47Started, "2024-25-Q3", "age")
    #expect(age.map(\.0) == BreakdownDimension.age.groups.map { "age=" + $0 })
    #expect(age.map(\.1) == [1, 0, 0, 0, 2, 0, 0])  // unborn, under-1, 1-4, 5-9, 10-15, 16-plus, unknown
    #expect(age.allSatisfy { $0.2 == 3 })
    #expect(Self.rows(v, .s47Started, "2024-25-Q3", "sex").map(\.1) == [1, 1, 1])  // F, M, U
    #expect(Self.rows(v, .s47Started, "2024-25-Q3", "ethnicity").map(\.1) == [1, 0, 1, 0, 0, 1])
    #expect(Self.rows(v, .s47Started, "2024-25-Q3", "disability").map(\.1) == [1, 1, 1])
  }

  @Test func aDimensionTheSourceLacksGivesNoRowsAndNoTraitsGiveNoBreakdowns() {
    var b = EpisodeBuilder()
    b.episode("A", referral: "2024-10-01", section47s: [enquiry("2024-11-05")])
    let t = Self.traits(b, [("A", ChildTraits(sex: .female))], carries: [.age, .sex, .ethnicity])
    let cov = covered("2024-04-01", "2025-03-31")
    let v = Section47Indicators.compute(b.episodes, coverage: cov, periods: periods("2024-25-Q3"), la: nil, traits: t)
    #expect(Self.rows(v, .s47Started, "2024-25-Q3", "disability").isEmpty)
    #expect(Self.rows(v, .s47Started, "2024-25-Q3", "age").map(\.1) == [0, 0, 0, 0, 0, 0, 1])
    let plain = Section47Indicators.compute(b.episodes, coverage: cov, periods: periods("2024-25-Q3"), la: nil)
    #expect(plain.allSatisfy { $0.breakdown.isEmpty })
  }

  /// At 31 March 2025: a plan from 31 December 2024 has run exactly 3 months; from 1 October a
  /// day short of 6 (6 months on is 1 April); from 1 April 2024 just under a year; from 31 March
  /// 2024 exactly one; from 31 March 2023 exactly two. A plan ending on 31 March is not open.
  @Test func plansAtTheEndByDurationInD5Bands() {
    var b = EpisodeBuilder()
    let starts = ["2024-12-31", "2024-10-01", "2024-04-01", "2024-03-31", "2023-03-31"]
    for (i, s) in starts.enumerated() {
      b.episode("C\(i)", referral: "2023-01-01", plans: [plan(s, nil, initial: "NEG")])
    }
    b.episode("E", referral: "2023-01-01", plans: [plan("2024-06-01", "2025-03-31", initial: "PHY")])
    let t = Self.traits(b, [], carries: [])
    let v = ChildProtectionIndicators.compute(
      b.episodes, coverage: covered("2023-01-01", "2025-03-31"), periods: periods("2024-25"), la: nil, traits: t)
    #expect(v.value(.cppAtEnd, "2024-25")?.figure == .count(5))
    let duration = Self.rows(v, .cppAtEnd, "2024-25", "duration")
    #expect(duration.map(\.0) == ["3m-or-less", "3m-6m", "6m-1y", "1y-2y", "2y-plus"].map { "duration=" + $0 })
    #expect(duration.map(\.1) == [1, 1, 1, 1, 1])
    #expect(duration.allSatisfy { $0.2 == 5 })
    // Started in 2024-25: the first three (neglect) and E's (physical); 31 March 2024 is 2023-24.
    #expect(v.value(.cppStarted, "2024-25")?.figure == .count(4))
    #expect(Self.rows(v, .cppStarted, "2024-25", "category").map(\.1) == [3, 1, 0, 0, 0])
    // No child dimension is carried: none is written.
    #expect(Self.rows(v, .cppAtEnd, "2024-25", "age").isEmpty)
  }

  @Test func childrenInNeedAndInCareAtTheEndCountEachChildOnce() {
    var b = EpisodeBuilder()
    b.episode("A", referral: "2024-05-01")
    b.episode("A", referral: "2024-06-01")
    b.episode("B", referral: "2024-05-01", closure: "2025-03-31")
    let a = b.children.intern("A")
    let t = Self.traits(b, [("A", ChildTraits(birth: day("2024-03-31"), sex: .male))], carries: Self.all)
    let v = ChildrenInNeedIndicators.compute(
      b.episodes, coverage: covered("2024-04-01", "2025-03-31"),
      care: [(child: a, start: day("2024-07-01"), end: nil)], periods: periods("2024-25"), la: nil, traits: t)
    #expect(v.value(.cinAtEnd, "2024-25")?.figure == .count(1))
    // Born 31 March 2024: 1 year old on 31 March 2025.
    #expect(Self.rows(v, .cinAtEnd, "2024-25", "age").map(\.1) == [0, 0, 1, 0, 0, 0, 0])
    #expect(Self.rows(v, .claAtEnd, "2024-25", "sex").map(\.1) == [0, 1, 0])
    // Children looked after are broken down by age and sex only.
    #expect(Self.rows(v, .claAtEnd, "2024-25", "ethnicity").isEmpty)
  }

  @Test func childrenLookedAfterTakeTheirTraitsFromTheirOwnListBesideACensus() {
    var b = EpisodeBuilder()
    b.episode("A", referral: "2024-05-01")
    let a = b.children.intern("A")
    let census = Self.traits(b, [("A", ChildTraits(sex: .unknown))], carries: Self.all)
    let list8 = Self.traits(b, [("A", ChildTraits(birth: day("2010-01-01"), sex: .female))], carries: [.age, .sex])
    let v = ChildrenInNeedIndicators.compute(
      b.episodes, coverage: covered("2024-04-01", "2025-03-31"),
      care: [(child: a, start: day("2024-07-01"), end: nil)], periods: periods("2024-25"), la: nil, traits: census,
      careTraits: list8)
    #expect(Self.rows(v, .claAtEnd, "2024-25", "sex").map(\.1) == [1, 0, 0])
    #expect(Self.rows(v, .cinAtEnd, "2024-25", "sex").map(\.1) == [0, 0, 1])
    #expect(Self.rows(v, .claAtEnd, "2024-25", "age").map(\.1) == [0, 0, 0, 0, 1, 0, 0])
  }

  @Test func aPeriodTheSourceDoesNotCoverGivesBlankRowsWithTheTotalsFlags() {
    var b = EpisodeBuilder()
    b.episode("A", referral: "2024-10-01", section47s: [enquiry("2024-11-05")])
    let t = Self.traits(b, [], carries: [.sex])
    let v = Section47Indicators.compute(
      b.episodes, coverage: covered("2024-04-01", "2024-12-31"), periods: periods("2025-26-Q1"), la: nil, traits: t)
    let sex = v.filter { $0.breakdown.hasPrefix("sex=") }
    #expect(sex.count == 3)
    #expect(sex.allSatisfy { $0.figure == .none && $0.flags == v.value(.s47Started, "2025-26-Q1")?.flags })
  }
}

/// Every group of a dimension adds up to the total, over random episodes and traits.
@Suite struct BreakdownSumProperty {
  /// Per episode: child 0–39, start 0–1,199 days after 1 January 2022, ended (0 or 1) and length
  /// 0–899 days, age 0–7,000 days (none when below 500), sex, ethnicity, disability and category picks.
  static let rows = Gen.int(in: 0...6999).array(of: 9...9).array(of: 0...80)

  @Test func groupsAddUpToTheTotal() async {
    await propertyCheck(input: Self.rows) { raw in
      var b = EpisodeBuilder()
      var traits: [(String, ChildTraits)] = []
      for r in raw {
        let id = "C\(r[0] % 40)"
        let start = day("2022-01-01").adding(days: r[1] % 1200)
        let end = r[2] % 2 == 0 ? start.adding(days: r[3] % 900) : nil
        b.episode(
          id, referral: start.iso, closure: end?.iso, section47s: [enquiry(start.adding(days: 3).iso)],
          plans: [plan(start.adding(days: 20).iso, end?.iso, initial: ["NEG", "PHY", "EMO", "SAB", "MUL"][r[8] % 5])])
        let birth = r[4] < 500 ? nil : start.adding(days: -r[4])
        traits.append(
          (
            id,
            ChildTraits(
              birth: birth, sex: BreakdownGroups.Sex.allCases[r[5] % 3],
              ethnicity: BreakdownGroups.Ethnicity.allCases[r[6] % 6],
              disability: BreakdownGroups.Disability.allCases[r[7] % 3])
          ))
      }
      let t = BreakdownRowsTests.traits(b, traits, carries: BreakdownRowsTests.all)
      let ps = periods("2022-23", "2023-24", "2024-25-Q2")
      let cov = covered("2022-01-01", "2025-06-30")
      let v =
        Section47Indicators.compute(b.episodes, coverage: cov, periods: ps, la: nil, traits: t)
        + ChildProtectionIndicators.compute(b.episodes, coverage: cov, periods: ps, la: nil, traits: t)
        + ChildrenInNeedIndicators.compute(b.episodes, coverage: cov, periods: ps, la: nil, traits: t)
      var checked = 0
      for id in [IndicatorID.s47Started, .cppStarted, .cppAtEnd, .cinAtEnd] {
        for p in ps {
          guard case .count(let total) = v.value(id, p.label)?.figure else {
            Issue.record("\(id) \(p.label) has no total")
            continue
          }
          for d in ["age", "sex", "ethnicity", "disability", "duration", "category"] {
            let parts = BreakdownRowsTests.rows(v, id, p.label, d)
            if parts.isEmpty { continue }
            #expect(parts.allSatisfy { $0.2 == total })
            #expect(parts.compactMap(\.1).reduce(0, +) == total, "\(id) \(p.label) \(d)")
            checked += 1
          }
        }
      }
      #expect(checked == 3 * (4 + 5 + 5 + 4))
    }
  }
}
