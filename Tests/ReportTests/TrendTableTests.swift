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
    #expect(lines[1].hasPrefix("cpp_at_end,") && lines[1].hasSuffix(",,count,none,10,300,49420,2024-25"))
    #expect(lines[2].hasSuffix(",duration=2y-plus,count,none,1,,,"))
  }
}
