import SafeguardCore
import Testing

@testable import Aggregate

@Suite struct ReferralOutcomeIndicatorTests {
  static func episode(_ child: Int32, referral: String, assessment: String?) -> CINEpisode {
    var e = CINEpisode(child: child, line: 0)
    e.referralDate = Day(iso: referral)
    if let assessment { e.assessments = [AssessmentRecord(start: Day(iso: assessment))] }
    return e
  }

  /// Referral on 1 April 2024: an assessment on 1 May is the 30th day after it (counts from
  /// Annex A), on 2 May the 31st (does not); a referral on 31 March 2024 is outside 2024-25.
  static let episodes = [
    episode(0, referral: "2024-04-01", assessment: "2024-05-01"),
    episode(1, referral: "2024-04-01", assessment: "2024-05-02"),
    episode(2, referral: "2024-04-01", assessment: nil),
    episode(3, referral: "2024-03-31", assessment: "2024-04-01"),
  ]
  static let coverage = Day(iso: "2023-04-01")!...Day(iso: "2025-03-31")!

  @Test func annexAAssessmentsMustStartWithinThirtyDays() {
    let v = ReferralOutcomeIndicators.compute(
      Self.episodes, coverage: Self.coverage, periods: [.financialYear(2024)], withinDays: 30)
    #expect(v[0].figure == .ratio(numerator: 1, denominator: 3, multiplier: 100))
  }

  @Test func censusEpisodesNeedOnlyAnAssessment() {
    let v = ReferralOutcomeIndicators.compute(
      Self.episodes, coverage: Self.coverage, periods: [.financialYear(2024)], withinDays: nil)
    #expect(v[0].figure == .ratio(numerator: 2, denominator: 3, multiplier: 100))
  }

  @Test func noCoverageNoFigure() {
    let v = ReferralOutcomeIndicators.compute(
      Self.episodes, coverage: nil, periods: [.financialYear(2024)], withinDays: 30)
    #expect(v[0].figure == Figure.none)
    #expect(v[0].flags == [.noData])
  }
}
