import SafeguardCore
import Testing

@testable import Validate

struct AssessmentAuthorisationInPeriodTests {
  @Test(arguments: [
    RuleCase.passes("authorised 1 April", assessment(start: "2024-03-01", authorised: "2024-04-01")),
    RuleCase.passes("authorised on the reference date", assessment(start: "2025-03-01", authorised: "2025-03-31")),
    RuleCase.passes("not authorised", assessment(start: "2024-03-01", authorised: nil)),
    RuleCase.passes("authorisation blank", assessment(start: "2024-03-01", authorised: "")),
    RuleCase.passes("authorisation unreadable", assessment(start: "2024-03-01", authorised: "2024-13-01")),
    RuleCase.fires(
      "authorised 31 March, the day before the year", assessment(start: "2024-03-01", authorised: "2024-03-31")),
    RuleCase.fires(
      "authorised the day after the reference date", assessment(start: "2025-03-01", authorised: "2025-04-01")),
    RuleCase.passes(
      "2023/24: authorised 31 March 2024", assessment(start: "2024-03-01", authorised: "2024-03-31"),
      reference: "2024-03-31"),
    RuleCase.fires(
      "2023/24: authorised 1 April 2024", assessment(start: "2024-03-01", authorised: "2024-04-01"),
      reference: "2024-03-31"),
    RuleCase.fires(
      "reference 31 January: authorised 1 February", assessment(start: "2025-01-01", authorised: "2025-02-01"),
      reference: "2025-01-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(AssessmentAuthorisationInPeriod.self, c.child, reference: c.reference) == c.count)
  }

  @Test func pointsAtTheAuthorisation() {
    let found = findings(
      AssessmentAuthorisationInPeriod.self, assessment(start: "2024-03-01", authorised: "2024-03-31"))
    #expect(found.map(\.field) == ["AssessmentAuthorisationDate"])
    #expect(found.map(\.line) == [5])
  }
}
