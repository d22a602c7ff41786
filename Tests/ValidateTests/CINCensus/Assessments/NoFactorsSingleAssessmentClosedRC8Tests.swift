import SafeguardCore
import Testing

@testable import Validate

struct NoFactorsSingleAssessmentClosedRC8Tests {
  static func closed(_ reason: String?, factors: [String], assessments: Int = 1) -> CensusChild {
    R8820.child([
      R8820.episode(closure: "2024-07-01", reason: reason) { e in
        e.assessments = (0..<assessments).map { i in
          R8820.assessment(line: Int32(3 + i), start: "2024-05-0\(i + 1)", authorised: "2024-06-01", factors: factors)
        }
      }
    ])
  }

  @Test(arguments: [
    RuleCase.passes("21 closed RC8", closed("RC8", factors: ["21"])),
    RuleCase.passes("21 closed rc8 in lower case", closed("rc8", factors: ["21"])),
    RuleCase.fires("21 closed RC9", closed("RC9", factors: ["21"])),
    RuleCase.fires("21 closed RC1", closed("RC1", factors: ["21"])),
    RuleCase.fires("21 with another factor, closed RC9", closed("RC9", factors: ["1A", "21"])),
    RuleCase.passes("two assessments with 21, closed RC9", closed("RC9", factors: ["21"], assessments: 2)),
    RuleCase.passes("factors without 21, closed RC9", closed("RC9", factors: ["1A"])),
    RuleCase.passes("no factors, closed RC9", closed("RC9", factors: [])),
    RuleCase.passes("21, reason absent (not closed)", closed(nil, factors: ["21"])),
    RuleCase.passes("21, reason blank", closed("", factors: ["21"])),
    RuleCase.passes("no assessment, closed RC9", closed("RC9", factors: [], assessments: 0)),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(NoFactorsSingleAssessmentClosedRC8.self, c.child, reference: c.reference) == c.count)
  }

  @Test func reportedAtTheReason() {
    let found = findings(NoFactorsSingleAssessmentClosedRC8.self, Self.closed("RC9", factors: ["21"]))
    #expect(found.map(\.field) == ["ReasonForClosure", "AssessmentFactors"])
    #expect(found.map(\.value) == ["RC9", "21"])
  }
}
