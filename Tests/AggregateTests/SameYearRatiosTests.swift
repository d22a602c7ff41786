import SafeguardCore
import Testing

@testable import Aggregate

/// `icpc_per_s47` and `cpp_per_icpc`, built from the count rows of the same period.
@Suite struct SameYearRatiosTests {
  static let q1 = Period.quarter(2024, 1)
  static let q2 = Period.quarter(2024, 2)

  static func count(_ id: String, _ p: Period, _ n: Int?, flags: Set<IndicatorFlag> = []) -> IndicatorValue {
    IndicatorValue(
      indicator: IndicatorCatalogue.named(id)!, period: p, column: p, numerator: n, denominator: nil,
      figure: n.map { .count($0) } ?? .none, flags: n == nil ? flags.union([.noData]) : flags)
  }

  @Test func handWorkedRatios() {
    let values = [
      Self.count("s47_started", Self.q1, 40), Self.count("icpc", Self.q1, 12, flags: [.dataErrors]),
      Self.count("cpp_started", Self.q1, 13, flags: [.provisional]),
    ]
    let v = SameYearRatios.derive(from: values)
    #expect(v.map(\.indicator.id) == [.icpcPerS47, .cppPerIcpc])
    // 12 ÷ 40 × 100 = 30.0; 13 ÷ 12 × 100 = 108.3 (a transfer-in plan has no conference).
    #expect(v[0].figure == .ratio(numerator: 12, denominator: 40, multiplier: 100))
    #expect(v[0].flags == [.dataErrors])
    #expect(v[1].figure == .ratio(numerator: 13, denominator: 12, multiplier: 100))
    #expect(v[1].flags == [.dataErrors, .provisional])
  }

  @Test func zeroDenominatorIsBlankAndFlagged() {
    let v = SameYearRatios.derive(from: [
      Self.count("s47_started", Self.q1, 0), Self.count("icpc", Self.q1, 0), Self.count("cpp_started", Self.q1, 2),
    ])
    for row in v {
      #expect(row.denominator == 0)
      #expect(row.flags == [.noData])
    }
    #expect(v[1].numerator == 2)
  }

  /// A blank part (its source does not cover the period) gives a blank ratio; a period or a
  /// count the run did not compute gives no row.
  @Test func blankPartsAndMissingRows() {
    let v = SameYearRatios.derive(from: [
      Self.count("s47_started", Self.q1, 40), Self.count("icpc", Self.q1, nil),
      Self.count("s47_started", Self.q2, 50), Self.count("icpc", Self.q2, 20),
    ])
    #expect(v.count == 2)
    #expect(v.allSatisfy { $0.indicator.id == .icpcPerS47 })
    #expect(v[0].figure == Figure.none && v[0].flags == [.noData] && v[0].numerator == nil)
    #expect(v[1].figure == .ratio(numerator: 20, denominator: 50, multiplier: 100))
  }

  @Test func breakdownRowsAreNotTotals() {
    var bySex = Self.count("s47_started", Self.q1, 7)
    bySex = IndicatorValue(
      indicator: bySex.indicator, breakdown: "sex=F", period: Self.q1, column: Self.q1, numerator: 7,
      denominator: 40, figure: .count(7), flags: [])
    let v = SameYearRatios.derive(from: [
      bySex, Self.count("s47_started", Self.q1, 40), Self.count("icpc", Self.q1, 10),
    ])
    #expect(v.count == 1 && v[0].denominator == 40)
  }
}
