import SafeguardCore
import Testing

@testable import Validate

struct NoFactorsCodeStandsAloneTests {
  static func factors(_ codes: [String]) -> CensusChild {
    R8820.child { $0.assessments = [R8820.assessment(authorised: "2024-05-20", factors: codes)] }
  }

  @Test(arguments: [
    RuleCase.passes("21 alone", factors(["21"])),
    RuleCase.passes("other factors without 21", factors(["1A", "2B"])),
    RuleCase.passes("no factors", factors([])),
    RuleCase.passes("21 and a blank factor", factors(["21", ""])),
    RuleCase.fires("21 with 1A", factors(["21", "1A"])),
    RuleCase.fires("1A then 21", factors(["1A", "21"])),
    RuleCase.fires("21 with two others: one issue", factors(["21", "1A", "5A"])),
    RuleCase.fires("21 twice", factors(["21", "21"])),
    RuleCase.passes(
      "21 on one assessment, 1A on another in the same episode",
      R8820.child { e in
        e.assessments = [
          R8820.assessment(line: 3, authorised: "2024-05-10", factors: ["21"]),
          R8820.assessment(line: 6, start: "2024-05-11", authorised: "2024-05-20", factors: ["1A"]),
        ]
      }),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(NoFactorsCodeStandsAlone.self, c.child, reference: c.reference) == c.count)
  }

  @Test func reportedAtThe21LinkedToTheOthers() {
    let found = findings(NoFactorsCodeStandsAlone.self, Self.factors(["1A", "21", "5A"]))
    #expect(found.map(\.value) == ["21", "1A", "5A"])
  }
}
