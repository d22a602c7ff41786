import Report
import SafeguardCore
import Testing

@Suite struct MissingAndLADOSentenceTests {
  static let year = Period.financialYear(2024)
  static let words = "2024-25 (1 April 2024 to 31 March 2025)"

  static func value(
    _ id: IndicatorID, _ figure: Figure, breakdown: String = "", numerator: Int? = nil, denominator: Int? = nil,
    flags: Set<IndicatorFlag> = [], period: Period = year
  ) -> IndicatorValue {
    IndicatorValue(
      indicator: IndicatorCatalogue.definition(id), breakdown: breakdown, period: period, column: period,
      numerator: numerator, denominator: denominator, figure: figure, flags: flags)
  }

  static func percent(_ n: Int, _ d: Int) -> Figure { .ratio(numerator: n, denominator: d, multiplier: 100) }

  /// The sentence of `id`, unquoted; nil when the measure has no row.
  static func sentence(_ id: IndicatorID, _ values: [IndicatorValue], period: Period = year) -> String? {
    let text = String(decoding: ActivitySummary.csv(values, period: period).bytes, as: UTF8.self)
    guard let line = text.split(separator: "\r\n").first(where: { $0.hasPrefix(id.rawValue + ",") }) else { return nil }
    var rest = Substring(line)
    for _ in 0..<4 { rest = rest[rest.index(after: rest.firstIndex(of: ",")!)...] }
    return rest.hasPrefix("\"") ? String(rest.dropFirst().dropLast()) : String(rest)
  }

  /// 178 referrals, 123 a year earlier; physical 84, sexual 50 and neglect 44 of 178.
  static func lado(referrals: Int = 178, change: Figure, flags: Set<IndicatorFlag> = []) -> [IndicatorValue] {
    [
      value(.ladoReferrals, .count(referrals), numerator: referrals),
      value(.ladoReferralsChange, change, flags: flags),
      value(.ladoByCategory, .count(84), breakdown: "Physical", numerator: 84, denominator: 178),
      value(.ladoByCategory, .count(50), breakdown: "Sexual", numerator: 50, denominator: 178),
      value(.ladoByCategory, .count(0), breakdown: "Emotional", numerator: 0, denominator: 178),
      value(.ladoByCategory, .count(44), breakdown: "Neglect", numerator: 44, denominator: 178),
    ]
  }

  @Test func policeChildrenWithTheirMonthlyAverage() {
    // 376 ÷ 12 = 31.33 → 31.3.
    let values = [
      Self.value(.policeMissingChildren, .count(376), numerator: 376),
      Self.value(
        .policeMissingChildrenMonthly, .ratio(numerator: 376, denominator: 12, multiplier: 1), numerator: 376,
        denominator: 12),
    ]
    #expect(
      Self.sentence(.policeMissingChildren, values)
        == "376 children were reported missing to the police in \(Self.words), an average of 31.3 children per month.")
    let fewer = [
      Self.value(.policeMissingChildren, .count(4), numerator: 4, flags: [.suppressed]),
      Self.value(
        .policeMissingChildrenMonthly, .ratio(numerator: 4, denominator: 12, multiplier: 1), numerator: 4,
        denominator: 12, flags: [.suppressed]),
    ]
    #expect(
      Self.sentence(.policeMissingChildren, fewer)
        == "Fewer than 6 children were reported missing to the police in \(Self.words).")
  }

  @Test func ladoReferralsRiseWithTheLargestCategory() {
    // 55 ÷ 123 = 44.7%; physical 84 ÷ 178 = 47.2%.
    #expect(
      Self.sentence(.ladoReferrals, Self.lado(change: Self.percent(55, 123)))
        == "178 referrals were made to the LADO in \(Self.words), an increase of 44.7% (55) on the previous year; "
        + "47.2% (84) concerned physical abuse.")
  }

  @Test func ladoReferralsFallStayOrHaveNoYearBefore() {
    // 110 against 123: 13 ÷ 123 = 10.57% → 10.6.
    #expect(
      Self.sentence(.ladoReferrals, Self.lado(referrals: 110, change: Self.percent(-13, 123)))
        == "110 referrals were made to the LADO in \(Self.words), a decrease of 10.6% (13) on the previous year; "
        + "47.2% (84) concerned physical abuse.")
    #expect(
      Self.sentence(.ladoReferrals, Self.lado(change: Self.percent(0, 178)))?
        .contains("), no change on the previous year; 47.2%") == true)
    let uncovered = Self.lado(change: .none, flags: [.partialHistory, .noData])
    #expect(
      Self.sentence(.ladoReferrals, uncovered)
        == "178 referrals were made to the LADO in \(Self.words); 47.2% (84) concerned physical abuse.")
    let quarter = Period.quarter(2024, 3)
    let fromNone = [
      Self.value(.ladoReferrals, .count(7), numerator: 7, period: quarter),
      Self.value(.ladoReferralsChange, Self.percent(7, 0), period: quarter),
    ]
    #expect(
      Self.sentence(.ladoReferrals, fromNone, period: quarter)
        == "7 referrals were made to the LADO in 2024-25-Q3 (1 October to 31 December 2024), up from none in the "
        + "same quarter of the previous year.")
  }

  @Test func suppressedLADOReferralsSayFewerThanSixAndNothingMore() {
    let values = [
      Self.value(.ladoReferrals, .count(4), numerator: 4, flags: [.suppressed]),
      Self.value(.ladoReferralsChange, Self.percent(-96, 100), flags: [.suppressed]),
      Self.value(
        .ladoByCategory, .count(3), breakdown: "Sexual", numerator: 3, denominator: 4, flags: [.suppressed]),
    ]
    #expect(
      Self.sentence(.ladoReferrals, values) == "Fewer than 6 referrals were made to the LADO in \(Self.words).")
  }

  @Test func returnInterviewsOfferedAcceptedAndOnTime() {
    // 5 ÷ 6 = 83.3%, 3 ÷ 5 = 60.0%, 2 ÷ 6 = 33.3%.
    let values = [
      Self.value(.rhiOffered, Self.percent(5, 6)), Self.value(.rhiAccepted, Self.percent(3, 5)),
      Self.value(.rhiWithin72h, Self.percent(2, 6)),
    ]
    #expect(
      Self.sentence(.rhiOffered, values)
        == "A return home interview was offered after 83.3% of the missing episodes that ended in \(Self.words); "
        + "60.0% of the offers were accepted, and an interview was held within 72 hours of the child's return "
        + "after 33.3% of the episodes.")
    let suppressed = [Self.value(.rhiOffered, Self.percent(5, 6), flags: [.suppressed])]
    #expect(Self.sentence(.rhiOffered, suppressed) == nil)
  }

  @Test func missingEpisodesWithChildrenAndTheAverage() {
    // 420 ÷ 130 = 3.23 → 3.2.
    let values = [
      Self.value(.missingEpisodes, .count(420)), Self.value(.missingChildren, .count(130)),
      Self.value(.missingEpisodesPerChild, .ratio(numerator: 420, denominator: 130, multiplier: 1)),
    ]
    #expect(
      Self.sentence(.missingEpisodes, values)
        == "Children's social care recorded 420 missing episodes in \(Self.words), for 130 children, an average of "
        + "3.2 episodes per child.")
  }

  @Test func ladoTimelinessAgainstTheGuidance() {
    // 48, 102 and 119 of 120: 40.0%, 85.0%, 99.2%.
    let values = [
      Self.value(.ladoConcluded1m, Self.percent(48, 120), numerator: 48, denominator: 120),
      Self.value(.ladoConcluded3m, Self.percent(102, 120), numerator: 102, denominator: 120),
      Self.value(.ladoConcluded12m, Self.percent(119, 120), numerator: 119, denominator: 120),
    ]
    #expect(
      Self.sentence(.ladoConcluded1m, values)
        == "Of the 120 referrals the LADO concluded in \(Self.words), 40.0% were concluded within 1 month, "
        + "85.0% within 3 months and 99.2% within 12 months.")
  }
}
