import SafeguardCore
import Testing

@testable import Validate

struct FactorsOnlyForAuthorisedAssessmentTests {
  static func assessed(authorised: String?, factors: [String?]) -> CensusChild {
    child(referral: "2024-05-01") { e in
      var a = CensusAssessment(line: 3)
      a.start = date("2024-05-02")
      a.authorised = date(authorised)
      a.factors = factors.map { text($0, line: 4) }
      e.assessments = [a]
    }
  }

  @Test(arguments: [
    RuleCase.passes("authorised, with factors", assessed(authorised: "2024-06-01", factors: ["1C", "2B"])),
    RuleCase.passes("not authorised, no factors", assessed(authorised: nil, factors: [])),
    RuleCase.passes("not authorised, blank factor", assessed(authorised: nil, factors: [""])),
    RuleCase.fires("not authorised, with a factor", assessed(authorised: nil, factors: ["1C"])),
    RuleCase.fires("authorisation blank, with factors", assessed(authorised: "", factors: ["1C", "2B"])),
    RuleCase.passes("authorisation unreadable counts as given", assessed(authorised: "June", factors: ["1C"])),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(FactorsOnlyForAuthorisedAssessment.self, c.child, reference: c.reference) == c.count)
  }

  @Test func namesTheDateAndEachFactor() {
    let c = Self.assessed(authorised: nil, factors: ["1C", "", "2B"])
    let found = findings(FactorsOnlyForAuthorisedAssessment.self, c)
    #expect(found.map(\.field) == ["AssessmentAuthorisationDate", "AssessmentFactors", "AssessmentFactors"])
    #expect(found.map(\.value) == [nil, "1C", "2B"])
    #expect(found.map(\.line) == [3, 4, 4])
    #expect(Set(found.map(\.issueID)).count == 1)
  }
}
