import SafeguardCore
import Testing

@testable import Ingest

/// `dd/mm/yyyy` in ten bytes is read by a shortcut; it must give what the calendar gives.
@Suite struct PlainDateTests {
  static func parse(_ s: String) -> DateField {
    var t = s
    return t.withUTF8 { FieldParsing.date($0) }
  }

  /// Every day from 1 January 1900 to 31 December 2100 (73,414 days: 201 years of 365 days
  /// plus 49 leap days, 1900 and 2100 not being leap years), written dd/mm/yyyy.
  @Test func everyDayOfTheRange() {
    var checked = 0
    var mismatches: [String] = []
    for y in 1900...2100 {
      for m in 1...12 {
        for d in 1...Day.daysIn(month: m, year: y) {
          let text = String(format: "%02d/%02d/%04d", d, m, y)
          if Self.parse(text) != .date(Day(year: y, month: m, day: d)!) { mismatches.append(text) }
          checked += 1
        }
      }
    }
    #expect(checked == 201 * 365 + 49)
    #expect(mismatches.isEmpty)
  }

  @Test(arguments: [
    "29/02/1900", "29/02/2100", "31/04/2024", "00/01/2024", "01/00/2024", "01/13/2024", "31/12/1899", "01/01/2101",
  ])
  func noSuchDate(text: String) {
    #expect(Self.parse(text) == .invalid("no such date"))
  }

  /// Ten bytes that are not dd/mm/yyyy go the long way and get its reasons.
  @Test func otherTenByteValues() {
    #expect(Self.parse("29/02/2000") == .date(Day(year: 2000, month: 2, day: 29)!))
    #expect(Self.parse("2024-05-01") == .date(Day(year: 2024, month: 5, day: 1)!))
    #expect(Self.parse(" 1/05/2024") == .date(Day(year: 2024, month: 5, day: 1)!))
    #expect(Self.parse("01-05-2024") == .invalid("not a date (expected dd/mm/yyyy or yyyy-mm-dd)"))
    #expect(Self.parse("0a/05/2024") == .invalid("not a date (expected dd/mm/yyyy or yyyy-mm-dd)"))
  }
}
