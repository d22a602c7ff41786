import Foundation
import Report
import Testing

/// The pack page from small hand-written CSVs: suppressed and blank values, history cells, the
/// structure a screen reader relies on.
struct PackPageTests {
  static let crlf = "\r\n"

  static func csv(_ lines: [String], bom: Bool = true) -> [UInt8] {
    (bom ? OutputFile.byteOrderMark : []) + Array((lines.joined(separator: crlf) + crlf).utf8)
  }

  static let trend = csv([
    "indicator_id,indicator,breakdown,unit,polarity,2023-24,2024-25-Q1,2024-25-Q2,sn_average,england,comparator_year,source",
    "rereferrals_12m,Re-referrals within 12 months,,percent,low,26.9,c,22.5,21.3,22.6,2024-25,history run 20261201T020000Z: 2023-24",
    "referrals,Referrals received,,count,none,3776,,924,4427.1,632830,2024-25,",
    "referrals,Referrals received,source=1A,count,none,30,4,41,,,,",
    "referrals,Referrals received,source=1B,count,none,20,c,c,,,,",
  ])

  static let indicators = csv([
    "indicator_id,indicator,breakdown,period,period_start,period_end,numerator,denominator,value,unit,polarity,flags",
    "rereferrals_12m,Re-referrals within 12 months,,2024-25-Q2,2024-07-01,2024-09-30,208,924,22.5,percent,low,",
    "referrals,Referrals received,,2024-25-Q2,2024-07-01,2024-09-30,924,,924,count,none,",
    "referrals,Referrals received,source=1A,2024-25-Q2,2024-07-01,2024-09-30,41,924,41,count,none,",
    "referrals,Referrals received,source=1B,2024-25-Q2,2024-07-01,2024-09-30,c,924,c,count,none,suppressed",
  ])

  static func page(_ extra: [String: [UInt8]] = [:]) throws -> String {
    var files = ["trend.csv": trend, "indicators.csv": indicators]
    for (k, v) in extra { files[k] = v }
    let file = try RunReport.pack(from: files.map { OutputFile($0.key, $0.value, rows: nil) })
    #expect(file.name == "pack.html")
    #expect(file.rows == nil)
    return String(decoding: file.bytes, as: UTF8.self)
  }

  @Test func suppressedAndBlankCellsShowAsSuchNeverAsZero() throws {
    let html = try Self.page()
    #expect(html.contains("data-csv=\"trend.csv\" data-row=\"0\" data-col=\"2024-25-Q1\" class=\"n\"><abbr"))
    #expect(html.contains("data-csv=\"trend.csv\" data-row=\"1\" data-col=\"2024-25-Q1\" class=\"none\">no value"))
    // The suppressed group's bar is the word, and its share is c, not 0.0.
    #expect(html.contains(">c (suppressed)</text>"))
    #expect(html.contains("data-share=\"numerator/denominator\" class=\"n\"><abbr"))
    // The count group's share is worked out from its own row: 41 of 924.
    #expect(
      html.contains("data-csv=\"indicators.csv\" data-row=\"2\" data-share=\"numerator/denominator\" class=\"n\">4.4<"))
  }

  @Test func aRatesQuarterShowsTheRollingYearsNumeratorAndDenominatorAndSaysSo() throws {
    let trend = Self.csv([
      "indicator_id,indicator,breakdown,unit,polarity,2023-24,2024-25-Q2,sn_average,england,comparator_year,source",
      "cla_at_end_rate,\"Children looked after per 10,000 children\",,rate,none,45.8,44.6,88.9,67,2024-25,",
    ])
    let indicators = Self.csv([
      "indicator_id,indicator,breakdown,period,period_start,period_end,numerator,denominator,value,unit,polarity,flags",
      "cla_at_end_rate,\"Children looked after per 10,000 children\",,2023-24,2023-04-01,2024-03-31,321,70105,45.8,rate,none,",
      "cla_at_end_rate,\"Children looked after per 10,000 children\",,R12-2024-09,2023-10-01,2024-09-30,313,70105,44.6,rate,none,",
    ])
    let html = try Self.page(["trend.csv": trend, "indicators.csv": indicators])
    #expect(html.contains("<th scope=\"row\">2023-24</th>"))
    #expect(html.contains("<th scope=\"row\">2024-25-Q2 (R12-2024-09)</th>"))
    #expect(html.contains("data-csv=\"indicators.csv\" data-row=\"1\" data-col=\"numerator\" class=\"n\">313<"))
    #expect(html.contains("data-csv=\"indicators.csv\" data-row=\"1\" data-col=\"denominator\" class=\"n\">70105<"))
  }

  @Test func historyCellsAreHollowAndSaidToBe() throws {
    let html = try Self.page()
    #expect(html.contains("fill=\"#FFFFFF\" stroke=\"#0072B2\""))
    #expect(html.contains("Hollow markers: figures from the history store of earlier runs."))
    #expect(html.components(separatedBy: "<td>history store</td>").count - 1 == 1)
  }

  @Test func aCountsEnglandIsNotDrawnOnItsScaleButAPercentagesIs() throws {
    let html = try Self.page()
    #expect(html.contains(">England 22.6</text>"))
    #expect(!html.contains(">England 632,830</text>"))
    #expect(html.contains("England&#39;s count is in the table, not drawn"))
  }

  @Test func everyChartIsNamedAndDescribedAndEveryTableHasHeaders() throws {
    let html = try Self.page()
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    let svgs = html.components(separatedBy: "<svg ").count - 1
    #expect(svgs >= 4)
    #expect(html.components(separatedBy: "role=\"img\"").count - 1 == svgs)
    #expect(html.components(separatedBy: "<title id=").count - 1 == svgs)
    #expect(html.components(separatedBy: "<desc id=").count - 1 == svgs)
    let tables = html.components(separatedBy: "<table>").count - 1
    #expect(tables >= svgs - 1)
    #expect(html.components(separatedBy: "<caption>").count - 1 == tables)
    #expect(!html.contains("<th>"))
    #expect(!html.contains("http://") || html.components(separatedBy: "http://").count - 1 == svgs)
  }

  @Test func textFromTheCSVsIsEscaped() throws {
    let summary = Self.csv([
      "measure_id,measure,value,period,sentence", "contacts,Contacts,1,2024-25-Q2,<script>alert(1)</script> & more",
    ])
    let html = try Self.page(["activity_summary.csv": summary])
    #expect(!html.contains("<script>"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"))
  }

  @Test func withoutTrendTheRunIsToldWhatToAdd() {
    #expect(throws: (any Error).self) {
      try RunReport.pack(from: [OutputFile("indicators.csv", Self.indicators, rows: nil)])
    }
  }

  @Test func aCSVTableReadsByHeaderNameWithOrWithoutTheMark() throws {
    for bom in [true, false] {
      let t = try CSVTable(name: "x.csv", bytes: Self.csv(["a,b", "\"1,5\",\"say \"\"hi\"\"\"", "3"], bom: bom))
      #expect(t.header == ["a", "b"])
      #expect(t.cell(0, "a") == "1,5")
      #expect(t.cell(0, "b") == "say \"hi\"")
      #expect(t.cell(1, "b") == "")
      #expect(t.cell(0, "missing") == "")
    }
    #expect(throws: (any Error).self) { try CSVTable(name: "x.csv", bytes: Array("a\r\n\"open".utf8)) }
  }

  @Test func aCSVOutputStartsWithTheMarkUnlessAskedNotTo() {
    let file = OutputFile("x.csv", Array("a\r\n".utf8), rows: 0)
    #expect(file.withByteOrderMark(true).bytes == [0xEF, 0xBB, 0xBF] + Array("a\r\n".utf8))
    #expect(file.withByteOrderMark(false).bytes == Array("a\r\n".utf8))
    #expect(file.withByteOrderMark(true).withByteOrderMark(true).bytes.count == 6)
    #expect(OutputFile("pack.html", [0x3C], rows: nil).withByteOrderMark(true).bytes == [0x3C])
  }
}
