import Report
import SafeguardCore
import Testing

/// The `activity_summary.csv` sentence for `cp_visits_on_time`.
@Suite struct VisitSentenceTests {
  static let year = Period.financialYear(2023)

  static func visits(_ n: Int, of d: Int, flags: Set<IndicatorFlag> = [], note: String?) -> IndicatorValue {
    IndicatorValue(
      indicator: IndicatorCatalogue.definition(.cpVisitsOnTime), period: year, column: year, numerator: n,
      denominator: d, figure: .ratio(numerator: n, denominator: d, multiplier: 100), flags: flags, note: note)
  }

  static func lines(_ values: [IndicatorValue]) -> [String] {
    String(decoding: ActivitySummary.csv(values, period: year).bytes, as: UTF8.self).split(separator: "\r\n")
      .map(String.init)
  }

  /// 139 of 151 children: 92.1%, at the period's last day, with the timescale the note carries.
  @Test func sentenceSaysTheShareTheDayAndTheTimescale() {
    #expect(
      Self.lines([Self.visits(139, of: 151, note: "visited within 10 working days")]) == [
        "measure_id,measure,value,period,sentence",
        "cp_visits_on_time,Children on a plan visited on time,92.1,2023-24,92.1% of children on a child protection "
          + "plan at 31 March 2024 had been visited within 10 working days.",
      ])
  }

  /// No sentence for a suppressed share, a zero denominator, or a row without the timescale.
  @Test func noSentenceWhenItCannotBeSaid() {
    #expect(
      Self.lines([Self.visits(4, of: 5, flags: [.suppressed], note: "visited within 10 working days")]).count == 1)
    #expect(Self.lines([Self.visits(0, of: 0, flags: [.noData], note: "visited within 10 working days")]).count == 1)
    #expect(Self.lines([Self.visits(139, of: 151, note: nil)]).count == 1)
  }
}
