import SafeguardCore
import Testing

@testable import Aggregate

/// `referrals_not_in_need` from census episodes (DfE table C1) and from Annex A (list 4's answer).
@Suite struct ReferralsNotInNeedTests {
  static let year = Period.financialYear(2024)
  static let coverage = Day(iso: "2023-04-01")!...Day(iso: "2025-03-31")!

  static func census(
    _ child: Int32, referral: String = "2024-05-01", assessed: Bool = true, reason: String? = "RC8",
    s47: Bool = false, icpc: Bool = false, plan: Bool = false
  ) -> CINEpisode {
    var e = CINEpisode(child: child, line: 0)
    e.referralDate = Day(iso: referral)
    if assessed { e.assessments = [AssessmentRecord(start: Day(iso: "2024-05-03"))] }
    if let reason {
      e.closureDate = Day(iso: "2024-06-20")
      e.reasonForClosure = reason
    }
    if s47 { e.section47s = [Section47Enquiry(start: Day(iso: "2024-05-04"))] }
    if icpc { e.icpcDate = Day(iso: "2024-05-20") }
    if plan { e.plans = [ChildProtectionPlan(start: Day(iso: "2024-05-20"))] }
    return e
  }

  static func censusFigure(_ episodes: [CINEpisode]) -> IndicatorValue {
    ReferralsNotInNeed.compute(episodes, coverage: coverage, periods: [year], linkDays: nil)[0]
  }

  /// RC8 and RC9 after an assessment count; RC1, an open episode, an enquiry, a conference, a
  /// plan or no assessment does not; each is one referral in the denominator.
  @Test(arguments: [
    (census(0, reason: "RC8"), 1),
    (census(0, reason: "RC9"), 1),
    (census(0, reason: " rc9 "), 1),
    (census(0, reason: "RC1"), 0),
    (census(0, reason: nil), 0),
    (census(0, reason: "RC8", s47: true), 0),
    (census(0, reason: "RC9", s47: true), 0),
    (census(0, reason: "RC8", icpc: true), 0),
    (census(0, reason: "RC8", plan: true), 0),
    (census(0, assessed: false, reason: "RC8"), 0),
  ])
  func censusClosureReasons(episode: CINEpisode, counted: Int) {
    #expect(Self.censusFigure([episode]).figure == .ratio(numerator: counted, denominator: 1, multiplier: 100))
  }

  @Test func censusDenominatorIsEveryReferralInPeriod() {
    let v = Self.censusFigure([
      Self.census(0, reason: "RC8"), Self.census(1, reason: "RC9"), Self.census(2, reason: "RC1"),
      Self.census(3, reason: "RC8", s47: true), Self.census(4, referral: "2024-03-31", reason: "RC8"),
    ])
    #expect(v.figure == .ratio(numerator: 2, denominator: 4, multiplier: 100))
    #expect(v.flags.isEmpty)
  }

  static func annexA(_ child: Int32, _ answers: [(String, YesNo)]) -> CINEpisode {
    var e = CINEpisode(child: child, line: 0)
    e.referralDate = Day(iso: "2024-05-01")
    e.assessments = answers.map { AssessmentRecord(start: Day(iso: $0.0), needsSupport: $0.1) }
    return e
  }

  static func annexAFigure(_ episodes: [CINEpisode]) -> IndicatorValue {
    ReferralsNotInNeed.compute(episodes, coverage: coverage, periods: [year], linkDays: 30)[0]
  }

  /// The linked assessment answers No: counted; Yes: not counted; blank: left out of both
  /// numerator and denominator. No linked assessment (none, or one starting on the 31st day):
  /// in the denominator only.
  @Test func annexAAnswers() {
    #expect(
      Self.annexAFigure([Self.annexA(0, [("2024-05-03", .no)])]).figure
        == .ratio(numerator: 1, denominator: 1, multiplier: 100))
    #expect(
      Self.annexAFigure([Self.annexA(0, [("2024-05-03", .yes)])]).figure
        == .ratio(numerator: 0, denominator: 1, multiplier: 100))
    let blank = Self.annexAFigure([Self.annexA(0, [("2024-05-03", .unknown)]), Self.annexA(1, [("2024-05-31", .no)])])
    #expect(blank.figure == .ratio(numerator: 1, denominator: 1, multiplier: 100))
    let unlinked = Self.annexAFigure([Self.annexA(0, []), Self.annexA(1, [("2024-06-01", .no)])])
    #expect(unlinked.figure == .ratio(numerator: 0, denominator: 2, multiplier: 100))
  }

  /// Two linked assessments: a Yes in either means found in need; No and blank is not known.
  @Test func annexATwoAssessments() {
    let v = Self.annexAFigure([
      Self.annexA(0, [("2024-05-02", .no), ("2024-05-20", .yes)]),
      Self.annexA(1, [("2024-05-02", .no), ("2024-05-20", .unknown)]),
      Self.annexA(2, [("2024-05-02", .no), ("2024-05-20", .no)]),
    ])
    #expect(v.figure == .ratio(numerator: 1, denominator: 2, multiplier: 100))
  }

  /// No referral with a known outcome: the denominator is 0, the value blank, flagged `no_data`.
  @Test func zeroDenominator() {
    let v = Self.annexAFigure([Self.annexA(0, [("2024-05-03", .unknown)])])
    #expect(v.numerator == 0 && v.denominator == 0)
    #expect(v.flags == [.noData])
    let none = ReferralsNotInNeed.compute([], coverage: nil, periods: [Self.year], linkDays: 30)[0]
    #expect(none.figure == Figure.none && none.flags == [.noData])
  }
}
