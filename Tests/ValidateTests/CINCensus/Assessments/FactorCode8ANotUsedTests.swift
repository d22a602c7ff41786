import SafeguardCore
import Testing

@testable import Validate

struct FactorCode8ANotUsedTests {
  static func factors(_ codes: [String?]) -> CensusChild {
    child(referral: "2024-05-01") { e in
      var a = CensusAssessment(line: 3)
      a.factors = codes.map { text($0) }
      e.assessments = [a]
    }
  }

  @Test(arguments: [
    RuleCase.passes("8B", factors(["8B"])),
    RuleCase.passes("no factors", factors([])),
    RuleCase.passes("blank factor", factors([""])),
    RuleCase.passes("8A with more text is not 8A", factors(["8AA"])),
    RuleCase.fires("8A", factors(["8A"])),
    RuleCase.fires("8a, as the reader upper-cases it", factors(["8a"])),
    RuleCase.fires("8A twice", factors(["8A", "1C", "8A"]), times: 2),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(FactorCode8ANotUsed.self, c.child, reference: c.reference) == c.count)
  }
}
