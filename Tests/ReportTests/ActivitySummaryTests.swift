import Report
import SafeguardCore
import Testing

@Suite struct ActivitySummaryTests {
  static let year = Period.financialYear(2024)

  static func value(_ id: IndicatorID, _ figure: Figure, flags: Set<IndicatorFlag> = []) -> IndicatorValue {
    IndicatorValue(
      indicator: IndicatorCatalogue.definition(id), period: year, column: year, numerator: nil, denominator: nil,
      figure: figure, flags: flags)
  }

  static func lines(_ values: [IndicatorValue]) -> [String] {
    let text = String(decoding: ActivitySummary.csv(values, period: year).bytes, as: UTF8.self)
    return text.split(separator: "\r\n").map(String.init)
  }

  /// Reports count enquiries, and say the children beside them: 938 enquiries about 905 children.
  @Test func section47CountsEnquiriesAndSaysTheChildrenBeside() {
    #expect(
      Self.lines([Self.value(.s47Started, .count(938)), Self.value(.s47Children, .count(905))]) == [
        "measure_id,measure,value,period,sentence",
        "s47_started,Section 47 enquiries started,938,2024-25,\"938 Section 47 child protection enquiries were started "
          + "in 2024-25 (1 April 2024 to 31 March 2025), in respect of 905 children and young people.\"",
      ])
    // Without the children's figure the enquiries are still said; the children alone are not.
    #expect(
      Self.lines([Self.value(.s47Started, .count(938))])[1].hasSuffix(
        "were started in 2024-25 (1 April 2024 to 31 March 2025)."))
    #expect(Self.lines([Self.value(.s47Children, .count(905))]).count == 1)
    // A suppressed number of children is said as fewer than 6.
    #expect(
      Self.lines([
        Self.value(.s47Started, .count(7)), Self.value(.s47Children, .count(4), flags: [.suppressed]),
      ])[1].hasSuffix("in respect of fewer than 6 children and young people.\""))
  }

  @Test func percentagesKeepOneDecimalAndCountsGetSeparators() {
    let got = Self.lines([
      Self.value(.contacts, .count(11050)),
      Self.value(.assessments45wd, .ratio(numerator: 2, denominator: 3, multiplier: 100)),
    ])
    #expect(got[1].contains("\"Children's social care received 11,050 contacts in 2024-25"))
    #expect(got[2].contains(",66.7,2024-25,66.7% of assessments were completed within 45 working days in 2024-25"))
  }

  @Test func suppressedSaysFewerThanSixAndBlankSaysNothing() {
    let got = Self.lines([
      Self.value(.icpc, .count(4), flags: [.suppressed]), Self.value(.cppStarted, .none, flags: [.noData]),
      // 4 of 5 is 80%: "fewer than 6%" would be false, so a suppressed percentage is not said.
      Self.value(.referralsNfa, .ratio(numerator: 4, denominator: 5, multiplier: 100), flags: [.suppressed]),
    ])
    #expect(got.count == 2)
    #expect(got[1].hasPrefix("icpc,Initial child protection conferences,c,2024-25,Fewer than 6 initial"))
  }
}
