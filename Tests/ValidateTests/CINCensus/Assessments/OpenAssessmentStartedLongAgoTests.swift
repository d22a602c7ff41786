import SafeguardCore
import Testing

@testable import Validate

struct OpenAssessmentStartedLongAgoTests {
  // Reference 31 March 2025 (a Monday): the 45th working day before it is Monday 27 January 2025
  // (no bank holiday between). Reference 31 March 2024 (a Sunday, after Good Friday 29 March):
  // the 45th working day before it is Friday 26 January 2024 (Monday 29 January without Good Friday).
  @Test(arguments: [
    RuleCase.passes("started on the 45th working day before", assessment(start: "2025-01-27", authorised: nil)),
    RuleCase.passes("started the day after", assessment(start: "2025-01-28", authorised: nil)),
    RuleCase.passes("started long ago but authorised", assessment(start: "2024-04-01", authorised: "2024-05-01")),
    RuleCase.passes("authorisation unreadable", assessment(start: "2024-04-01", authorised: "01/05/2024")),
    RuleCase.passes("start absent", assessment(start: nil, authorised: nil)),
    RuleCase.passes("start unreadable", assessment(start: "24/01/2025", authorised: nil)),
    RuleCase.fires("started on the 46th working day before (Friday)", assessment(start: "2025-01-24", authorised: nil)),
    RuleCase.fires("started on the Saturday before the cut-off", assessment(start: "2025-01-25", authorised: nil)),
    RuleCase.fires("started on the Sunday before the cut-off", assessment(start: "2025-01-26", authorised: nil)),
    RuleCase.fires("authorisation blank", assessment(start: "2024-12-02", authorised: "")),
    RuleCase.fires("started before the census year", assessment(start: "2024-03-31", authorised: nil)),
    RuleCase.passes(
      "2023/24: Good Friday skipped, the 45th working day is Friday 26 January",
      assessment(start: "2024-01-26", authorised: nil), reference: "2024-03-31"),
    RuleCase.fires(
      "2023/24: the 46th working day, Thursday 25 January",
      assessment(start: "2024-01-25", authorised: nil), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(OpenAssessmentStartedLongAgo.self, c.child, reference: c.reference) == c.count)
  }

  @Test func namesStartAndMissingAuthorisation() {
    let found = findings(OpenAssessmentStartedLongAgo.self, assessment(start: "2025-01-24", authorised: nil))
    #expect(found.map(\.field) == ["AssessmentActualStartDate", "AssessmentAuthorisationDate"])
    #expect(found.map(\.line) == [4, 3])
    #expect(found.allSatisfy { $0.rule.severity == .query })
  }
}
