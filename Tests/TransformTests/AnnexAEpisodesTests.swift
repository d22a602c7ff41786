import SafeguardCore
import Testing
import Transform

@Suite struct AnnexAEpisodesTests {
  static func day(_ s: String) -> Day { Day(iso: s)! }

  /// Child C1: referrals on 1 April and 1 August 2024. An assessment starting 3 April belongs to
  /// the first; an enquiry on 5 August and a plan on 20 August to the second; a plan on 1 March,
  /// before any referral, to an episode without a referral date. Child C2 has only an assessment.
  static func set() -> ExtractSet {
    var s = ExtractSet()
    let c1 = s.children.intern("C1")
    let c2 = s.children.intern("C2")
    s.referrals = [
      ReferralRecord(child: c1, date: day("2024-08-01"), nfa: .no, file: 0),
      ReferralRecord(child: c1, date: day("2024-04-01"), nfa: .yes, file: 0),
      ReferralRecord(child: c1, date: day("2024-04-01"), nfa: .yes, file: 0),
    ]
    s.assessments = [
      AnnexAAssessmentRecord(
        child: c1, start: day("2024-04-03"), authorised: day("2024-05-01"), seen: .yes, needsSupport: .no,
        disability: .no, file: 1, line: 2),
      AnnexAAssessmentRecord(
        child: c2, start: day("2024-06-01"), authorised: nil, seen: .unknown, needsSupport: .unknown,
        disability: .unknown, file: 1, line: 3),
    ]
    s.section47s = [
      AnnexASection47Record(
        child: c1, start: day("2024-08-05"), icpcNotRequired: .no, icpcDate: day("2024-08-20"),
        icpcResultedInPlan: .yes, file: 2, line: 2)
    ]
    s.plans = [
      AnnexAPlanRecord(
        child: c1, start: day("2024-08-20"), initialCategory: "NEG", latestCategory: "EMO",
        latestReview: day("2024-11-12"), end: nil, previousPlans: 1, file: 3, line: 2),
      AnnexAPlanRecord(
        child: c1, start: day("2024-03-01"), initialCategory: "PHY", latestCategory: "PHY", latestReview: nil,
        end: day("2024-03-20"), previousPlans: 0, file: 3, line: 3),
    ]
    return s
  }

  @Test func recordsJoinTheLatestReferralOnOrBeforeTheirStart() {
    let episodes = AnnexAEpisodes.episodes(from: Self.set())
    // C1's two referrals (the repeated one once), then the episodes without a referral: C1's early plan, C2.
    #expect(episodes.map(\.referralDate) == [Self.day("2024-04-01"), Self.day("2024-08-01"), nil, nil])
    #expect(episodes[0].nfa == .yes)
    #expect(episodes[0].assessments.map(\.start) == [Self.day("2024-04-03")])
    #expect(episodes[0].section47s.isEmpty && episodes[0].plans.isEmpty)
    #expect(episodes[1].section47s.map(\.icpcDate) == [Self.day("2024-08-20")])
    #expect(episodes[1].plans.map(\.start) == [Self.day("2024-08-20")])
    #expect(episodes[1].plans.first?.reviews == [Self.day("2024-11-12")])
    #expect(episodes[2].plans.map(\.start) == [Self.day("2024-03-01")])
    #expect(episodes[3].assessments.count == 1)
  }

  /// List 4's "assessed as requiring support" answer travels with the assessment, for `referrals_not_in_need`.
  @Test func assessmentsKeepTheirNeedAnswer() {
    let episodes = AnnexAEpisodes.episodes(from: Self.set())
    #expect(episodes[0].assessments.map(\.needsSupport) == [.no])
    #expect(episodes[3].assessments.map(\.needsSupport) == [.unknown])
  }
}
