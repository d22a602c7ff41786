import SafeguardCore
import Testing

@testable import Validate

struct NoActivityAfterNoFurtherActionTests {
  static func closed(
    _ reason: String?, icpc: String? = nil, s47: Int = 0, plans: Int = 0, cinPlans: Int = 0
  ) -> CensusChild {
    child(referral: "2024-05-01") { e in
      e.reasonForClosure = text(reason)
      e.dateOfInitialCPC = date(icpc)
      e.section47s = (0..<s47).map { _ in Ids.section47() }
      e.plans = (0..<plans).map { _ in Ids.plan(start: nil) }
      e.cinPlans = (0..<cinPlans).map { CensusCINPlan(line: Int32(20 + $0)) }
    }
  }

  @Test(arguments: [
    RuleCase.passes("RC8 with nothing else", closed("RC8")),
    RuleCase.fires("RC8 with a Section 47", closed("RC8", s47: 1)),
    RuleCase.fires("RC8 with a plan", closed("RC8", plans: 1)),
    RuleCase.fires("RC8 with a CIN plan", closed("RC8", cinPlans: 1)),
    RuleCase.fires("RC8 with an initial conference", closed("RC8", icpc: "2024-05-10")),
    RuleCase.passes("RC8 with a blank initial conference", closed("RC8", icpc: "")),
    RuleCase.fires(
      "RC8 with everything is one issue", closed("RC8", icpc: "2024-05-10", s47: 2, plans: 1, cinPlans: 1)),
    RuleCase.fires("rc8 in lower case", closed("rc8", s47: 1)),
    RuleCase.passes("RC7 with a Section 47", closed("RC7", s47: 1)),
    RuleCase.passes("open episode with a Section 47", closed(nil, s47: 1)),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(NoActivityAfterNoFurtherAction.self, c.child, reference: c.reference) == c.count)
  }

  @Test func theReasonAndEachModuleAreNamed() {
    let found = findings(NoActivityAfterNoFurtherAction.self, Self.closed("RC8", s47: 1, plans: 1))
    #expect(found.map(\.field) == ["ReasonForClosure", "Section47", "ChildProtectionPlans"])
    #expect(Set(found.map(\.issueID)).count == 1)
  }
}
