import Report
import SafeguardCore
import Testing

/// How `indicators.csv` writes the numerator and denominator of suppressed breakdown rows.
@Suite struct BreakdownCellTests {
  static let quarter = Period.quarter(2024, 3)

  static func row(
    _ id: IndicatorID, _ breakdown: String, _ n: Int, _ d: Int, _ figure: Figure, suppressed: Bool
  ) -> IndicatorValue {
    IndicatorValue(
      indicator: IndicatorCatalogue.definition(id), breakdown: breakdown, period: quarter, column: quarter,
      numerator: n, denominator: d, figure: figure, flags: suppressed ? [.suppressed] : [])
  }

  /// The numerator, denominator and value cells of each row, as written.
  static func parts(_ values: [IndicatorValue]) -> [String] {
    String(decoding: Dashboards.indicators(values), as: UTF8.self).split(separator: "\r\n").dropFirst().map {
      $0.split(separator: ",", omittingEmptySubsequences: false)[6...8].joined(separator: ",")
    }
  }

  /// A group of 9 suppressed beside a group of 3 keeps its count to itself; a count's denominator is
  /// the total, shown on the total row, so it stays. A percentage's group holds its own denominator,
  /// which would give the small group's away by subtraction, so it goes too. A total row keeps the
  /// rule it had: only its small numbers are withheld.
  @Test func aSuppressedGroupWithholdsItsOwnNumbersWhateverTheirSize() {
    let percent = { (n: Int, d: Int) in Figure.ratio(numerator: n, denominator: d, multiplier: 100) }
    #expect(
      Self.parts([
        Self.row(.missingEpisodes, "looked_after=yes", 9, 40, .count(9), suppressed: true),
        Self.row(.missingEpisodes, "looked_after=no", 3, 40, .count(3), suppressed: true),
        Self.row(.missingEpisodes, "looked_after=unknown", 28, 40, .count(28), suppressed: false),
        Self.row(.referralsNfa, "source=6", 12, 30, percent(12, 30), suppressed: true),
        Self.row(.referralsNfa, "", 3, 200, percent(3, 200), suppressed: true),
      ]) == ["c,40,c", "c,40,c", "28,40,28", "c,c,c", "c,200,c"])
  }
}
