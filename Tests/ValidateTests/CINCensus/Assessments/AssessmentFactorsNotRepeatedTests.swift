import SafeguardCore
import Testing

@testable import Validate

struct AssessmentFactorsNotRepeatedTests {
  static func factors(_ codes: [String]) -> CensusChild {
    R8820.child { $0.assessments = [R8820.assessment(authorised: "2024-05-20", factors: codes)] }
  }

  @Test(arguments: [
    RuleCase.passes("distinct factors", factors(["1A", "1B", "2A"])),
    RuleCase.passes("one factor", factors(["1A"])),
    RuleCase.passes("two blank factors", factors(["", ""])),
    RuleCase.fires("1A twice", factors(["1A", "2A", "1A"])),
    RuleCase.fires("1a and 1A", factors(["1a", "1A"])),
    RuleCase.fires("1A three times: one issue", factors(["1A", "1A", "1A"])),
    RuleCase.fires("1A twice and 2A twice: two issues", factors(["1A", "2A", "1A", "2A"]), times: 2),
    RuleCase.passes(
      "1A on two assessments",
      R8820.child { e in
        e.assessments = [
          R8820.assessment(line: 3, authorised: "2024-05-10", factors: ["1A"]),
          R8820.assessment(line: 6, start: "2024-05-11", authorised: "2024-05-20", factors: ["1A"]),
        ]
      }),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(AssessmentFactorsNotRepeated.self, c.child, reference: c.reference) == c.count)
  }

  @Test func everyOccurrenceIsNamed() {
    let found = findings(AssessmentFactorsNotRepeated.self, Self.factors(["1A", "2A", "1a"]))
    #expect(found.map(\.value) == ["1A", "1a"])
  }
}
