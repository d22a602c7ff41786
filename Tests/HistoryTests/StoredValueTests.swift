import SafeguardCore
import Testing

@testable import History

/// A value goes into the store and comes back as the same `IndicatorValue`.
@Suite struct StoredValueTests {
  static func value(
    _ id: IndicatorID, _ figure: Figure, flags: Set<IndicatorFlag> = [], breakdown: String = ""
  )
    throws -> IndicatorValue
  {
    let q3 = try Period.parse("2024-25-Q3")
    let year = try Period.parse("R12-2024-12")
    let (num, den): (Int?, Int?) =
      switch figure {
      case .count(let n): (n, nil)
      case .ratio(let n, let d, _): (n, d)
      case .none: (nil, nil)
      }
    return IndicatorValue(
      indicator: IndicatorCatalogue.definition(id), breakdown: breakdown, period: year, column: q3, numerator: num,
      denominator: den, figure: figure, flags: flags)
  }

  @Test func aCountRoundTrips() throws {
    let v = try Self.value(.referrals, .count(885), breakdown: "source=1A")
    let stored = StoredValue(v)
    #expect(stored.figure == "count:885")
    #expect(stored.value == 885)
    #expect(stored.period == "R12-2024-12" && stored.column == "2024-25-Q3")
    #expect(stored.indicatorValue == v)
  }

  @Test func aRatioRoundTripsWithItsMultiplierAndFlags() throws {
    let v = try Self.value(
      .contactReferralConversion, .ratio(numerator: 924, denominator: 2806, multiplier: 100),
      flags: [.provisional, .partialHistory])
    let stored = StoredValue(v)
    #expect(stored.figure == "ratio:924/2806*100")
    #expect(abs(stored.value! - 32.929436920883821) < 1e-9)
    #expect(stored.flags == "partial_history;provisional")
    #expect(stored.indicatorValue == v)
  }

  @Test func aBlankRoundTripsWithNoValue() throws {
    let v = try Self.value(.referrals, Figure.none, flags: [.noData])
    let stored = StoredValue(v)
    #expect(stored.value == nil && stored.figure == "none")
    #expect(stored.indicatorValue == v)
  }

  /// A store written by a version with an indicator this build lacks, or a figure it cannot read.
  @Test func anUnknownIndicatorOrFigureGivesNoValue() {
    var s = HistoryFixtures.value("retired_indicator", "2021-22", 5)
    #expect(s.indicatorValue == nil)
    s = HistoryFixtures.value("referrals", "2021-22", 5)
    #expect(s.indicatorValue != nil)
    s.figure = "ratio:5/0"
    #expect(s.indicatorValue == nil)
    s.figure = "count:5"
    s.flags = "sparkly"
    #expect(s.indicatorValue == nil)
  }
}
