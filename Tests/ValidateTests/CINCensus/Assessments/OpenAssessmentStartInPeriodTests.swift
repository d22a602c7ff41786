import SafeguardCore
import Testing

@testable import Validate

struct OpenAssessmentStartInPeriodTests {
  @Test(arguments: [
    RuleCase.passes("open, started 1 April", assessment(start: "2024-04-01", authorised: nil)),
    RuleCase.passes("open, started on the reference date", assessment(start: "2025-03-31", authorised: nil)),
    RuleCase.passes("started 31 March but authorised", assessment(start: "2024-03-31", authorised: "2024-04-10")),
    RuleCase.passes("authorisation unreadable", assessment(start: "2024-03-31", authorised: "10/04/2024")),
    RuleCase.passes("start absent", assessment(start: nil, authorised: nil)),
    RuleCase.passes("start blank", assessment(start: "", authorised: nil)),
    RuleCase.fires("open, started 31 March", assessment(start: "2024-03-31", authorised: nil)),
    RuleCase.fires("open, started after the reference date", assessment(start: "2025-04-01", authorised: nil)),
    RuleCase.fires("authorisation blank, started 31 March", assessment(start: "2024-03-31", authorised: "")),
    RuleCase.passes(
      "2023/24: started 1 April 2023", assessment(start: "2023-04-01", authorised: nil), reference: "2024-03-31"),
    RuleCase.fires(
      "2023/24: started 31 March 2023", assessment(start: "2023-03-31", authorised: nil), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(OpenAssessmentStartInPeriod.self, c.child, reference: c.reference) == c.count)
  }

  @Test func namesBoth() {
    let found = findings(OpenAssessmentStartInPeriod.self, assessment(start: "2024-03-31", authorised: nil))
    #expect(found.map(\.field) == ["AssessmentActualStartDate", "AssessmentAuthorisationDate"])
    #expect(Set(found.map(\.issueID)).count == 1)
  }
}
