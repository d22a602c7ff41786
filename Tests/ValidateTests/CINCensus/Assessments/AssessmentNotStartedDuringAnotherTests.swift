import SafeguardCore
import Testing

@testable import Validate

struct AssessmentNotStartedDuringAnotherTests {
  /// An assessment from 1 May 2024 to `authorised`, then one starting on `second`, in one episode.
  static func then(authorised: String?, second: String?, secondAuthorised: String? = nil) -> CensusChild {
    R8820.child { e in
      e.assessments = [
        R8820.assessment(line: 3, start: "2024-05-01", authorised: authorised),
        R8820.assessment(line: 6, start: second, authorised: secondAuthorised),
      ]
    }
  }

  @Test(arguments: [
    RuleCase.passes("one assessment", R8820.child { $0.assessments = [R8820.assessment()] }),
    RuleCase.fires("starts the day the other is authorised", then(authorised: "2024-06-01", second: "2024-06-01")),
    RuleCase.passes("starts the day after", then(authorised: "2024-06-01", second: "2024-06-02")),
    RuleCase.fires("starts the same day as the other", then(authorised: "2024-06-01", second: "2024-05-01")),
    RuleCase.passes(
      "ends the day before the other starts",
      then(authorised: "2024-06-01", second: "2024-04-20", secondAuthorised: "2024-04-30")),
    RuleCase.fires(
      "started before, still open when the other starts",
      then(authorised: "2024-06-01", second: "2024-04-20", secondAuthorised: nil)),
    RuleCase.fires("other open, starts on the reference date", then(authorised: nil, second: "2025-03-31")),
    RuleCase.fires(
      "other's authorisation blank", then(authorised: "", second: "2024-09-01", secondAuthorised: "2024-09-02")),
    RuleCase.passes("starts after the reference date", then(authorised: nil, second: "2025-04-01")),
    RuleCase.passes("other's authorisation unreadable", then(authorised: "01/06/2024", second: "2024-05-20")),
    RuleCase.passes("start unreadable", then(authorised: "2024-06-01", second: "20/05/2024")),
    RuleCase.passes("start absent", then(authorised: "2024-06-01", second: nil)),
    RuleCase.passes(
      "assessments in different episodes",
      R8820.child([
        R8820.episode(line: 2) { $0.assessments = [R8820.assessment(line: 3, authorised: "2024-06-01")] },
        R8820.episode(line: 10, referral: "2024-05-15") {
          $0.assessments = [R8820.assessment(line: 11, start: "2024-05-20")]
        },
      ])),
    RuleCase.fires(
      "2023/24: other open, starts 31 March",
      R8820.child { e in
        e.assessments = [R8820.assessment(start: "2023-05-01"), R8820.assessment(line: 6, start: "2024-03-31")]
      }, reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(AssessmentNotStartedDuringAnother.self, c.child, reference: c.reference) == c.count)
  }

  @Test func laterStartIsReportedAsAQuery() {
    let found = findings(
      AssessmentNotStartedDuringAnother.self, Self.then(authorised: "2024-06-01", second: "2024-05-20"))
    #expect(
      found.map(\.field) == ["AssessmentActualStartDate", "AssessmentActualStartDate", "AssessmentAuthorisationDate"])
    #expect(found.map(\.line) == [6, 3, 3])
    #expect(found.allSatisfy { $0.rule.severity == .query && $0.rule.code == "8863Q" })
  }
}
