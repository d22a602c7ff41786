import SafeguardCore
import Testing

@testable import Validate

struct CompletedAssessmentHasFactorsTests {
  static func authorised(_ day: String?, _ factors: [String]) -> CensusChild {
    R8820.child(
      [
        R8820.episode(referral: "2024-01-10") {
          $0.assessments = [R8820.assessment(start: "2024-01-15", authorised: day, factors: factors)]
        }
      ])
  }

  @Test(arguments: [
    RuleCase.passes("authorised in the period with 1A", authorised("2024-05-20", ["1A"])),
    RuleCase.passes("24A and 21 are codes", authorised("2024-05-20", ["24A", "21"])),
    RuleCase.passes("lower-case 2b", authorised("2024-05-20", ["2b"])),
    RuleCase.fires("authorised 1 April with no factor", authorised("2024-04-01", [])),
    RuleCase.passes("authorised 31 March with no factor", authorised("2024-03-31", [])),
    RuleCase.fires("authorised on the reference date with no factor", authorised("2025-03-31", [])),
    RuleCase.fires("only a blank factor", authorised("2024-05-20", [""])),
    RuleCase.fires("7B is not a code", authorised("2024-05-20", ["7B"])),
    RuleCase.fires("a valid and an invalid factor", authorised("2024-05-20", ["1A", "25A"])),
    RuleCase.passes("not authorised", authorised(nil, [])),
    RuleCase.passes("authorisation unreadable", authorised("20/05/2024", [])),
    RuleCase.fires(
      "2023/24: authorised 1 April 2023, no factor", authorised("2023-04-01", []), reference: "2024-03-31"),
    RuleCase.passes(
      "2023/24: authorised 31 March 2023, no factor", authorised("2023-03-31", []), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(CompletedAssessmentHasFactors.self, c.child, reference: c.reference) == c.count)
  }

  @Test func invalidFactorsAreLinked() {
    let found = findings(CompletedAssessmentHasFactors.self, Self.authorised("2024-05-20", ["1A", "25A"]))
    #expect(found.map(\.field) == ["AssessmentAuthorisationDate", "AssessmentFactors"])
    #expect(found.map(\.value) == ["2024-05-20", "25A"])
  }
}
