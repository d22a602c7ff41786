import SafeguardCore
import Testing

@testable import Validate

struct NoFurtherActionHasNoActivityTests {
  static func nfa(_ flag: String?, _ configure: @escaping (inout CensusEpisode) -> Void) -> CensusChild {
    R8820.child([R8820.episode(nfa: flag, configure)])
  }

  @Test(arguments: [
    RuleCase.passes("NFA true with nothing else", nfa("true") { _ in }),
    RuleCase.fires("NFA true with an assessment start", nfa("true") { $0.assessments = [R8820.assessment()] }),
    RuleCase.fires(
      "NFA 1 with an assessment authorised only",
      nfa("1") { $0.assessments = [R8820.assessment(start: nil, authorised: "2024-05-02")] }),
    RuleCase.fires(
      "NFA true with a Section 47 start", nfa("true") { $0.section47s = [R8820.section47(start: "2024-05-02")] }),
    RuleCase.fires(
      "NFA true with a Section 47 conference only",
      nfa("true") { $0.section47s = [R8820.section47(start: nil, icpc: "2024-05-10")] }),
    RuleCase.fires(
      "NFA true with an episode conference date", nfa("true") { $0.dateOfInitialCPC = date("2024-05-10") }),
    RuleCase.fires(
      "NFA true with an unreadable assessment start",
      nfa("true") { $0.assessments = [R8820.assessment(start: "02/05/2024")] }),
    RuleCase.fires(
      "NFA true with everything: still one issue",
      nfa("true") { e in
        e.assessments = [R8820.assessment(authorised: "2024-05-02")]
        e.section47s = [R8820.section47(icpc: "2024-05-10")]
        e.dateOfInitialCPC = date("2024-05-10")
      }),
    RuleCase.passes(
      "NFA true with blank assessment dates",
      nfa("true") { $0.assessments = [R8820.assessment(start: "", authorised: "")] }),
    RuleCase.passes("NFA false with an assessment", nfa("false") { $0.assessments = [R8820.assessment()] }),
    RuleCase.passes("NFA 0 with a Section 47", nfa("0") { $0.section47s = [R8820.section47()] }),
    RuleCase.passes("NFA absent with an assessment", nfa(nil) { $0.assessments = [R8820.assessment()] }),
    RuleCase.passes("NFA blank with an assessment", nfa("") { $0.assessments = [R8820.assessment()] }),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(NoFurtherActionHasNoActivity.self, c.child, reference: c.reference) == c.count)
  }

  @Test func reportedAtReferralNFALinkedToEachDate() {
    let found = findings(
      NoFurtherActionHasNoActivity.self,
      Self.nfa("true") { e in
        e.assessments = [R8820.assessment(authorised: "2024-05-02")]
        e.section47s = [R8820.section47(icpc: "2024-05-10")]
      })
    #expect(
      found.map(\.field) == [
        "ReferralNFA", "AssessmentActualStartDate", "AssessmentAuthorisationDate", "S47ActualStartDate",
        "DateOfInitialCPC",
      ])
    #expect(Set(found.map(\.issueID)).count == 1)
  }
}
