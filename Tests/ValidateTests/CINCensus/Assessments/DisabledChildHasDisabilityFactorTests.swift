import SafeguardCore
import Testing

@testable import Validate

struct DisabledChildHasDisabilityFactorTests {
  static func child(_ disabilities: [String], authorised: String? = "2024-05-20", factors: [String]) -> CensusChild {
    R8820.child(disabilities: disabilities) {
      $0.assessments = [R8820.assessment(start: "2024-01-10", authorised: authorised, factors: factors)]
    }
  }

  @Test(arguments: [
    RuleCase.passes("disabled, 5A", child(["MOB"], factors: ["5A"])),
    RuleCase.passes("disabled, 6A among others", child(["AUT"], factors: ["1A", "6A"])),
    RuleCase.passes("disabled, 5a in lower case", child(["AUT"], factors: ["5a"])),
    RuleCase.fires("disabled, 5B only", child(["MOB"], factors: ["5B"])),
    RuleCase.fires("disabled, no factors", child(["HEAR"], factors: [])),
    RuleCase.fires("NONE and VIS, 1A", child(["NONE", "VIS"], factors: ["1A"])),
    RuleCase.passes("NONE, 1A", child(["NONE"], factors: ["1A"])),
    RuleCase.passes("none in lower case, 1A", child(["none"], factors: ["1A"])),
    RuleCase.passes("no disabilities recorded, 1A", child([], factors: ["1A"])),
    RuleCase.passes("blank disability, 1A", child([""], factors: ["1A"])),
    RuleCase.fires("disabled, authorised 1 April", child(["MOB"], authorised: "2024-04-01", factors: ["1A"])),
    RuleCase.passes("disabled, authorised 31 March", child(["MOB"], authorised: "2024-03-31", factors: ["1A"])),
    RuleCase.passes("disabled, not authorised", child(["MOB"], authorised: nil, factors: ["1A"])),
    RuleCase.passes("disabled, authorisation unreadable", child(["MOB"], authorised: "x", factors: ["1A"])),
    RuleCase.fires(
      "2023/24: disabled, authorised 1 April 2023", child(["MOB"], authorised: "2023-04-01", factors: ["1A"]),
      reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(DisabledChildHasDisabilityFactor.self, c.child, reference: c.reference) == c.count)
  }

  @Test func linkedToTheDisability() {
    let found = findings(DisabledChildHasDisabilityFactor.self, Self.child(["NONE", "VIS"], factors: ["1A"]))
    #expect(found.map(\.field) == ["AssessmentFactors", "Disability"])
    #expect(found.map(\.value) == ["1A", "VIS"])
    #expect(found.first?.rule.severity == .query)
  }
}
