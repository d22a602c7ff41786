import SafeguardCore
import Testing

@testable import Validate

struct AssessmentFactor18AUsedTests {
  static func factors(_ codes: String?...) -> CensusChild {
    child(referral: "2024-05-01") { e in
      var a = CensusAssessment(line: 3)
      a.start = date("2024-05-02")
      a.factors = codes.enumerated().map { text($1, line: Int32(4 + $0)) }
      e.assessments = [a]
    }
  }

  @Test(arguments: [
    RuleCase.passes("18B", factors("18B")),
    RuleCase.passes("18C", factors("18C")),
    RuleCase.passes("other factors", factors("1A", "2B", "21")),
    RuleCase.passes("blank factor", factors("")),
    RuleCase.passes("no factors", factors()),
    RuleCase.fires("18A", factors("18A")),
    RuleCase.fires("18a, read upper-cased", factors("18a")),
    RuleCase.fires("18A among others", factors("1A", "18A", "18B")),
    RuleCase.fires("18A twice: two issues", factors("18A", "18A"), times: 2),
    RuleCase.fires("18A in 2025/26", factors("18A"), reference: "2026-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(AssessmentFactor18AUsed.self, c.child, reference: c.reference) == c.count)
  }

  @Test func appliesFrom2024To25() {
    let years = AssessmentFactor18AUsed.info.years
    #expect(!years.contains(CensusYear(endingIn: 2024)))
    #expect(years.contains(CensusYear(endingIn: 2025)) && years.contains(CensusYear(endingIn: 2026)))
    let in2023to24 = census([Self.factors("18A")], reference: "2024-03-31")
    #expect(CensusValidation.validate(in2023to24, rules: [.child(AssessmentFactor18AUsed.self)]).findings.isEmpty)
  }

  @Test func pointsAtTheFactorAsAQuery() {
    let found = findings(AssessmentFactor18AUsed.self, Self.factors("1A", "18A"))
    #expect(found.map(\.field) == ["AssessmentFactors"])
    #expect(found.map(\.line) == [5])
    #expect(found.allSatisfy { $0.rule.code == "8945Q" && $0.rule.severity == .query })
  }
}
