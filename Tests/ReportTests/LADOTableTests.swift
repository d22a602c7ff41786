import Report
import SafeguardCore
import Testing

@Suite struct LADOTableTests {
  static let year = Period.financialYear(2024)

  static func value(
    _ id: IndicatorID, _ numerator: Int?, _ denominator: Int?, _ figure: Figure, breakdown: String = "",
    flags: Set<IndicatorFlag> = [], column: Period = year
  ) -> IndicatorValue {
    IndicatorValue(
      indicator: IndicatorCatalogue.definition(id), breakdown: breakdown, period: column, column: column,
      numerator: numerator, denominator: denominator, figure: figure, flags: flags)
  }

  @Test func rowsInCatalogueOrderWithAPercentForBreakdowns() {
    // Given out of order, with a row of another period and a front-door row, both left out.
    // Physical 84 ÷ 178 = 47.19% → 47.2; Emotional 3 is suppressed, so its count and percent are c.
    let values = [
      Self.value(.ladoReferralsChange, 55, 123, .ratio(numerator: 55, denominator: 123, multiplier: 100)),
      Self.value(.ladoByCategory, 84, 178, .count(84), breakdown: "Physical"),
      Self.value(.ladoByCategory, 0, 178, .count(0), breakdown: "Sexual"),
      Self.value(.ladoByCategory, 3, 178, .count(3), breakdown: "Emotional", flags: [.suppressed]),
      Self.value(.ladoReferrals, 178, nil, .count(178)),
      Self.value(.ladoReferrals, 123, nil, .count(123), column: .financialYear(2023)),
      Self.value(.contacts, 900, nil, .count(900)),
      Self.value(.ladoConcluded1m, 0, 0, .ratio(numerator: 0, denominator: 0, multiplier: 100)),
    ]
    let table = LADOTable.csv(values, period: Self.year)
    #expect(table.rows == 6)
    #expect(
      String(decoding: table.bytes, as: UTF8.self)
        == "indicator_id,indicator,breakdown,numerator,denominator,value,unit,percent\r\n"
        + "lado_referrals,LADO referrals,,178,,178,count,\r\n"
        + "lado_referrals_change,Change in LADO referrals on a year earlier,,55,123,44.7,percent,\r\n"
        + "lado_by_category,LADO referrals by allegation category,Physical,84,178,84,count,47.2\r\n"
        + "lado_by_category,LADO referrals by allegation category,Sexual,0,178,0,count,0.0\r\n"
        + "lado_by_category,LADO referrals by allegation category,Emotional,c,178,c,count,c\r\n"
        + "lado_concluded_1m,LADO referrals concluded within 1 month,,0,0,,percent,\r\n")
  }

  @Test func aFallIsWrittenAsANegativeNumberNotGuarded() {
    // 110 against 123: −13, −13 ÷ 123 = −10.57% → −10.6; numbers never get the formula guard.
    let table = LADOTable.csv(
      [Self.value(.ladoReferralsChange, -13, 123, .ratio(numerator: -13, denominator: 123, multiplier: 100))],
      period: Self.year)
    #expect(String(decoding: table.bytes, as: UTF8.self).hasSuffix(",,-13,123,-10.6,percent,\r\n"))
  }
}
