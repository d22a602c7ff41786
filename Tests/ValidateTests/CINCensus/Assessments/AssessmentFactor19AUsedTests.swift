import SafeguardCore
import Testing

@testable import Validate

struct AssessmentFactor19AUsedTests {
  static func factors(_ codes: String?...) -> CensusChild {
    child(referral: "2024-05-01") { e in
      var a = CensusAssessment(line: 3)
      a.start = date("2024-05-02")
      a.factors = codes.enumerated().map { text($1, line: Int32(4 + $0)) }
      e.assessments = [a]
    }
  }

  @Test(arguments: [
    RuleCase.passes("19B", factors("19B")),
    RuleCase.passes("19C", factors("19C")),
    RuleCase.passes("other factors", factors("1A", "2B", "21")),
    RuleCase.passes("blank factor", factors("")),
    RuleCase.passes("no factors", factors()),
    RuleCase.fires("19A", factors("19A")),
    RuleCase.fires("19a, read upper-cased", factors("19a")),
    RuleCase.fires("19A among others", factors("1A", "19A", "19B")),
    RuleCase.fires("19A twice: two issues", factors("19A", "19A"), times: 2),
    RuleCase.fires("19A in 2025/26", factors("19A"), reference: "2026-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(AssessmentFactor19AUsed.self, c.child, reference: c.reference) == c.count)
  }

  @Test func appliesFrom2024To25() {
    let years = AssessmentFactor19AUsed.info.years
    #expect(!years.contains(CensusYear(endingIn: 2024)))
    #expect(years.contains(CensusYear(endingIn: 2025)) && years.contains(CensusYear(endingIn: 2026)))
    let in2023to24 = census([Self.factors("19A")], reference: "2024-03-31")
    #expect(CensusValidation.validate(in2023to24, rules: [.child(AssessmentFactor19AUsed.self)]).findings.isEmpty)
  }

  @Test func pointsAtTheFactorAsAQuery() {
    let found = findings(AssessmentFactor19AUsed.self, Self.factors("1A", "19A"))
    #expect(found.map(\.field) == ["AssessmentFactors"])
    #expect(found.map(\.line) == [5])
    #expect(found.allSatisfy { $0.rule.code == "8950Q" && $0.rule.severity == .query })
  }
}
