import SafeguardCore
import Testing

@testable import Validate

/// The one validation pass: which year's rules run, which rules, and how issues are numbered.
@Suite struct CensusValidationTests {
  /// A child whose one assessment was authorised the day before it started (rule 8608).
  static let faulty = child("BAD1", referral: "2024-05-01") { e in
    var a = CensusAssessment(line: 3)
    a.start = date("2024-05-01")
    a.authorised = date("2024-04-30")
    e.assessments = [a]
  }

  @Test(arguments: [
    ("2024-03-31", "2023-24"), ("2025-03-31", "2024-25"), ("2026-03-31", "2025-26"), ("2024-04-01", "2024-25"),
  ])
  func theYearIsTheOneHoldingTheReferenceDate(reference: String, year: String) {
    let outcome = CensusValidation.validate(census([Self.faulty], reference: reference))
    #expect(outcome.year.label == year)
    #expect(outcome.findings.allSatisfy { $0.year == year })
  }

  @Test func anUnsupportedYearIsCheckedAgainstTheNearestWithAWarning() {
    let outcome = CensusValidation.validate(census([Self.faulty], reference: "2023-03-31"))
    #expect(outcome.year.label == "2023-24")
    #expect(outcome.findings.first?.rule.code == "VAL003")
    #expect(outcome.findings.contains { $0.rule.code == "8608" })
  }

  @Test func theOverrideYearWins() {
    let outcome = CensusValidation.validate(census([Self.faulty], reference: "2025-03-31"), year: CensusYear("2023-24"))
    #expect(outcome.year.label == "2023-24")
  }

  @Test func onlyTheNamedRulesRun() {
    let file = census([Self.faulty])
    #expect(CensusValidation.validate(file, codes: ["8608"]).findings.map(\.rule.code) == ["8608", "8608"])
    #expect(CensusValidation.validate(file, codes: ["NONE"]).findings.isEmpty)
  }

  @Test func aRuleOutsideItsYearsDoesNotRun() {
    let later = CensusRuleInfo(
      "9999", .error, module: .assessments, fields: ["x"], years: .from("2025-26"), message: "m")
    struct Always: CensusChildRule {
      static let info = CensusRuleInfo(
        "9999", .error, module: .assessments, fields: ["x"], years: .from("2025-26"), message: "m")
      static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
        report.add(Self.info, child: child)
      }
    }
    #expect(later.years.contains(CensusYear("2025-26")!) && !later.years.contains(CensusYear("2024-25")!))
    let rules: [CensusRuleEntry] = [.child(Always.self)]
    #expect(CensusValidation.validate(census([Self.faulty], reference: "2025-03-31"), rules: rules).findings.isEmpty)
    #expect(CensusValidation.validate(census([Self.faulty], reference: "2026-03-31"), rules: rules).findings.count == 1)
  }

  @Test func issuesAreNumberedAcrossFilesAndPlacesShareTheirIssue() {
    let findings = CensusValidation.validate([census([Self.faulty]), census([Self.faulty])], codes: ["8608"])
    #expect(findings.map(\.issueID) == [1, 1, 2, 2])
    #expect(findings.allSatisfy { $0.childRef == "BAD1" })
  }

  @Test(
    arguments: [("2024-25", 2025), ("2024/25", 2025), ("2025", 2025), ("2024-26", nil), ("24-25", nil)]
      as [(String, Int?)])
  func censusYearsAreReadFromLabels(text: String, end: Int?) {
    #expect(CensusYear(text)?.endYear == end)
  }
}
