import SafeguardCore
import Testing

@testable import Validate

struct ClosedEpisodeAssessmentsAuthorisedTests {
  static func closed(_ closure: String?, _ assessments: [CensusAssessment]) -> CensusChild {
    R8820.child([R8820.episode(closure: closure) { $0.assessments = assessments }])
  }

  @Test(arguments: [
    RuleCase.passes(
      "closed, assessment authorised", closed("2024-06-01", [R8820.assessment(authorised: "2024-05-20")])),
    RuleCase.fires("closed, assessment not authorised", closed("2024-06-01", [R8820.assessment(authorised: nil)])),
    RuleCase.fires("closed, authorisation blank", closed("2024-06-01", [R8820.assessment(authorised: "")])),
    RuleCase.passes("closed, authorisation unreadable", closed("2024-06-01", [R8820.assessment(authorised: "x")])),
    RuleCase.fires(
      "closed, two unauthorised assessments: two issues",
      closed("2024-06-01", [R8820.assessment(line: 3), R8820.assessment(line: 6, start: "2024-05-10")]), times: 2),
    RuleCase.fires(
      "closed, one of two unauthorised",
      closed("2024-06-01", [R8820.assessment(line: 3, authorised: "2024-05-09"), R8820.assessment(line: 6)])),
    RuleCase.passes("closed, no assessment (DfE: all assessments present)", closed("2024-06-01", [])),
    RuleCase.fires("closure unreadable is still written", closed("01/06/2024", [R8820.assessment()])),
    RuleCase.passes("open, assessment not authorised", closed(nil, [R8820.assessment()])),
    RuleCase.passes("closure blank, assessment not authorised", closed("", [R8820.assessment()])),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(ClosedEpisodeAssessmentsAuthorised.self, c.child, reference: c.reference) == c.count)
  }

  @Test func linksTheClosureToTheAssessment() {
    let found = findings(
      ClosedEpisodeAssessmentsAuthorised.self, Self.closed("2024-06-01", [R8820.assessment(line: 7)]))
    #expect(found.map(\.field) == ["CINclosureDate", "AssessmentAuthorisationDate"])
    #expect(found.map(\.line) == [2, 7])
  }
}
