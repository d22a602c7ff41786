import SafeguardCore
import Testing

@testable import Report

/// `trend.csv`: one line per indicator and breakdown; comparators on the totals only.
@Suite struct TrendTableTests {
  static let year = try! Period.parse("2024-25")

  static func value(_ breakdown: String, _ n: Int) -> IndicatorValue {
    IndicatorValue(
      indicator: IndicatorCatalogue.definition(.cppAtEnd), breakdown: breakdown, period: year, column: year,
      numerator: n, denominator: breakdown.isEmpty ? nil : 10, figure: .count(n), flags: [])
  }

  @Test func breakdownRowsDoNotBorrowTheTotalsComparators() {
    let values = [Self.value("", 10), Self.value("duration=2y-plus", 1)]
    let text = String(
      decoding: Dashboards.trend(
        values, columns: [Self.year], comparators: [.cppAtEnd: [.int(300), .int(49_420), .text("2024-25")]]),
      as: UTF8.self)
    let lines = text.split(separator: "\r\n").map(String.init)
    #expect(lines.count == 3)
    #expect(lines[1].hasPrefix("cpp_at_end,") && lines[1].hasSuffix(",,count,none,10,300,49420,2024-25,"))
    #expect(lines[2].hasSuffix(",duration=2y-plus,count,none,1,,,,"))
  }

  /// Periods the extracts no longer cover come from an earlier run, named in `source`; a period
  /// this run computed is never replaced by the earlier figure.
  @Test func earlierCellsAreShownAndTheirRunNamed() throws {
    let old = try Period.parse("2021-22")
    let older = try Period.parse("2020-21")
    func earlierValue(_ column: Period, _ n: Int, _ breakdown: String = "") -> IndicatorValue {
      IndicatorValue(
        indicator: IndicatorCatalogue.definition(.cppAtEnd), breakdown: breakdown, period: column, column: column,
        numerator: n, denominator: nil, figure: .count(n), flags: [])
    }
    var earlier = EarlierTrend()
    earlier.values = [
      earlierValue(older, 7), earlierValue(old, 8), earlierValue(Self.year, 99),
      earlierValue(old, 2, "duration=2y-plus"),
    ]
    earlier.runs = [old: "20261206T020001Z-a1b2", older: "20250101T020001Z-0001"]
    let text = String(
      decoding: Dashboards.trend(
        [Self.value("", 10)], columns: [older, old, Self.year], earlier: earlier), as: UTF8.self)
    let lines = text.split(separator: "\r\n").map(String.init)
    #expect(
      lines[0].hasPrefix("indicator_id,")
        && lines[0].hasSuffix(",2020-21,2021-22,2024-25,sn_average,england,comparator_year,source"))
    #expect(
      lines[1].hasSuffix(
        ",7,8,10,,,,history run 20250101T020001Z-0001: 2020-21; history run 20261206T020001Z-a1b2: 2021-22"))
    #expect(lines[2].hasSuffix(",duration=2y-plus,count,none,,2,,,,,history run 20261206T020001Z-a1b2: 2021-22"))
  }
}
