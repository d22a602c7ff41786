import SafeguardCore
import Testing
import Validate

@Suite("CIN census against Annex A for the same year")
struct SourceAgreementRuleTests {
  let year = Period.financialYear(2023)

  /// Census: child A referred 2023-05-01 and 2024-03-31, child B 2023-06-01 with one assessment.
  /// Annex A list 3: the same three referrals plus child A again on 2023-05-01 (a duplicate row,
  /// which is one event) and child C on 2023-07-01; list 4: B's assessment. Coverage of both lists
  /// runs 2023-04-03 to 2024-03-28, inside the first and last seven days of 2023-24.
  func sources(extraReferral: Bool) -> ([CINEpisode], ExtractSet) {
    var set = ExtractSet()
    let a = set.children.intern("A")
    let b = set.children.intern("B")
    let c = set.children.intern("C")
    func episode(_ child: Int32, _ date: String, assessment: String? = nil) -> CINEpisode {
      var e = CINEpisode(child: child, line: 1)
      e.referralDate = Day(iso: date)
      if let assessment { e.assessments = [AssessmentRecord(start: Day(iso: assessment))] }
      return e
    }
    let episodes = [
      episode(a, "2023-05-01"), episode(a, "2024-03-31"), episode(b, "2023-06-01", assessment: "2023-06-02"),
    ]
    for (child, date) in [(a, "2023-05-01"), (a, "2023-05-01"), (a, "2024-03-31"), (b, "2023-06-01")] {
      set.referrals.append(ReferralRecord(child: child, date: Day(iso: date)!, nfa: .no, file: 0))
    }
    if extraReferral {
      set.referrals.append(ReferralRecord(child: c, date: Day(iso: "2023-07-01")!, nfa: .no, file: 0))
    }
    set.assessments.append(
      AnnexAAssessmentRecord(
        child: b, start: Day(iso: "2023-06-02")!, authorised: nil, seen: .yes, needsSupport: .yes, disability: .no,
        file: 1, line: 2))
    for (i, kind) in [ExtractKind.annexAReferrals, .annexAAssessments].enumerated() {
      var f = ExtractFileSummary(file: "list\(i).csv", kind: kind, encoding: "UTF-8")
      f.firstDate = Day(iso: "2023-04-03")
      f.lastDate = Day(iso: "2024-03-28")
      set.files.append(f)
    }
    return (episodes, set)
  }

  @Test("Equal distinct counts give no finding; a duplicate Annex A row is one event")
  func agree() {
    let (episodes, set) = sources(extraReferral: false)
    #expect(SourceAgreementRule.check(episodes, censusYears: [year], set: set).isEmpty)
  }

  @Test("One more referral in Annex A is one warning naming both counts")
  func differ() {
    let (episodes, set) = sources(extraReferral: true)
    let findings = SourceAgreementRule.check(episodes, censusYears: [year, year], set: set)
    #expect(findings.count == 1)
    #expect(findings.first?.rule.code == "VAL002")
    #expect(findings.first?.field == "referrals")
    #expect(findings.first?.value == "2023-24")
    #expect(
      findings.first?.message
        == "2023-24: referrals: CIN census 3, Annex A list 3 (referrals) 4 (Annex A has 1 more); the figures use the CIN census"
    )
  }

  @Test("A list that starts after the year's first week does not cover the year")
  func partialCoverage() {
    var (episodes, set) = sources(extraReferral: true)
    set.files[0].firstDate = Day(iso: "2023-04-08")
    #expect(SourceAgreementRule.check(episodes, censusYears: [year], set: set).isEmpty)
    set.files[0].firstDate = Day(iso: "2023-04-07")
    #expect(SourceAgreementRule.check(episodes, censusYears: [year], set: set).count == 1)
    episodes.removeAll()
    #expect(SourceAgreementRule.check(episodes, censusYears: [], set: set).isEmpty)
  }
}
