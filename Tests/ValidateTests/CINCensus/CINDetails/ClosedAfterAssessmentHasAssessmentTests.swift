import SafeguardCore
import Testing

@testable import Validate

struct ClosedAfterAssessmentHasAssessmentTests {
  static func closed(_ reason: String?, assessed: Bool) -> CensusChild {
    R8820.child([
      R8820.episode(closure: "2024-06-01", reason: reason) { e in
        if assessed { e.assessments = [R8820.assessment(authorised: "2024-05-20")] }
      }
    ])
  }

  @Test(arguments: [
    RuleCase.fires("RC8 with no assessment", closed("RC8", assessed: false)),
    RuleCase.fires("RC9 with no assessment", closed("RC9", assessed: false)),
    RuleCase.fires("rc8 in lower case with no assessment", closed("rc8", assessed: false)),
    RuleCase.passes("RC8 with an assessment", closed("RC8", assessed: true)),
    RuleCase.passes("RC9 with an assessment", closed("RC9", assessed: true)),
    RuleCase.passes("RC7 with no assessment", closed("RC7", assessed: false)),
    RuleCase.passes("RC10 with no assessment", closed("RC10", assessed: false)),
    RuleCase.passes("reason blank", closed("", assessed: false)),
    RuleCase.passes("reason absent", closed(nil, assessed: false)),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(ClosedAfterAssessmentHasAssessment.self, c.child, reference: c.reference) == c.count)
  }

  @Test func reportedAtTheReason() {
    let found = findings(ClosedAfterAssessmentHasAssessment.self, Self.closed("RC8", assessed: false))
    #expect(found.map(\.field) == ["ReasonForClosure"])
    #expect(found.first?.rule.severity == .query)
  }
}
