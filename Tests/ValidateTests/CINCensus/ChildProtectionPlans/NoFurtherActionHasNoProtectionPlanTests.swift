import SafeguardCore
import Testing

@testable import Validate

struct NoFurtherActionHasNoProtectionPlanTests {
  static func nfa(_ flag: String?, plans: Int) -> CensusChild {
    R8820.child([
      R8820.episode(nfa: flag) { e in
        e.plans = (0..<plans).map { R8820.plan(line: Int32(5 + $0 * 5), start: "2024-05-1\($0)") }
      }
    ])
  }

  @Test(arguments: [
    RuleCase.fires("NFA true with a plan", nfa("true", plans: 1)),
    RuleCase.fires("NFA 1 with a plan", nfa("1", plans: 1)),
    RuleCase.fires("NFA TRUE with two plans: one issue", nfa("TRUE", plans: 2)),
    RuleCase.passes("NFA true with no plan", nfa("true", plans: 0)),
    RuleCase.passes("NFA false with a plan", nfa("false", plans: 1)),
    RuleCase.passes("NFA 0 with a plan", nfa("0", plans: 1)),
    RuleCase.passes("NFA absent with a plan", nfa(nil, plans: 1)),
    RuleCase.passes("NFA blank with a plan", nfa("", plans: 1)),
    RuleCase.passes("NFA unreadable with a plan", nfa("Y", plans: 1)),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(NoFurtherActionHasNoProtectionPlan.self, c.child, reference: c.reference) == c.count)
  }

  @Test func linkedToEachPlan() {
    let found = findings(NoFurtherActionHasNoProtectionPlan.self, Self.nfa("true", plans: 2))
    #expect(found.map(\.field) == ["ReferralNFA", "ChildProtectionPlans", "ChildProtectionPlans"])
    #expect(found.map(\.line) == [2, 5, 10])
  }
}
