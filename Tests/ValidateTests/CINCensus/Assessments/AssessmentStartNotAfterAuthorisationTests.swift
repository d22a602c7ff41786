import SafeguardCore
import Testing

@testable import Validate

struct AssessmentStartNotAfterAuthorisationTests {
  static func assessed(_ start: String?, _ authorised: String?) -> CensusChild {
    child(referral: "2024-05-01") { e in
      var a = CensusAssessment(line: 3)
      a.start = date(start)
      a.authorised = date(authorised)
      e.assessments = [a]
    }
  }

  @Test(arguments: [
    RuleCase.passes("authorised the day it started", assessed("2024-05-01", "2024-05-01")),
    RuleCase.passes("authorised the day after", assessed("2024-05-01", "2024-05-02")),
    RuleCase.passes("not yet authorised", assessed("2024-05-01", nil)),
    RuleCase.passes("authorisation blank", assessed("2024-05-01", "")),
    RuleCase.passes("start unreadable", assessed("01/05/2024", "2024-04-30")),
    RuleCase.fires("authorised the day before it started", assessed("2024-05-01", "2024-04-30")),
    RuleCase.fires("authorised 31 March, started 1 April", assessed("2024-04-01", "2024-03-31")),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(AssessmentStartNotAfterAuthorisation.self, c.child, reference: c.reference) == c.count)
  }

  @Test func bothDatesAreNamedAsOneIssue() {
    let found = findings(AssessmentStartNotAfterAuthorisation.self, Self.assessed("2024-05-01", "2024-04-30"))
    #expect(found.map(\.field) == ["AssessmentActualStartDate", "AssessmentAuthorisationDate"])
    #expect(found.map(\.value) == ["2024-05-01", "2024-04-30"])
    #expect(Set(found.map(\.issueID)).count == 1)
    #expect(found.allSatisfy { $0.childRef == "CHILD1" && $0.rule.code == "8608" && $0.year == "2024-25" })
  }
}
