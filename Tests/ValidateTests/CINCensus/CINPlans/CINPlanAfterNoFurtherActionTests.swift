import SafeguardCore
import Testing

@testable import Validate

struct CINPlanAfterNoFurtherActionTests {
  static func referral(nfa: String?, plans: Int) -> CensusChild {
    child(referral: "2024-05-01") { e in
      e.referralNFA = bool(nfa, line: 3)
      e.cinPlans = (0..<plans).map { R4000.cinPlan("2024-05-10", nil, line: Int32(10 + $0)) }
    }
  }

  @Test(arguments: [
    RuleCase.passes("no further action and no CIN plan", referral(nfa: "true", plans: 0)),
    RuleCase.passes("further action with a CIN plan", referral(nfa: "false", plans: 1)),
    RuleCase.passes("further action written 0", referral(nfa: "0", plans: 1)),
    RuleCase.passes("ReferralNFA absent", referral(nfa: nil, plans: 1)),
    RuleCase.passes("ReferralNFA blank", referral(nfa: "", plans: 1)),
    RuleCase.passes("ReferralNFA unreadable", referral(nfa: "yes", plans: 1)),
    RuleCase.fires("no further action with a CIN plan", referral(nfa: "true", plans: 1)),
    RuleCase.fires("no further action written 1, two plans: one issue", referral(nfa: "1", plans: 2)),
    RuleCase.fires("2023/24 too", referral(nfa: "TRUE", plans: 1), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(CINPlanAfterNoFurtherAction.self, c.child, reference: c.reference) == c.count)
  }

  @Test func namesTheReferralAndEveryPlan() {
    let found = findings(CINPlanAfterNoFurtherAction.self, Self.referral(nfa: "1", plans: 2))
    #expect(found.map(\.field) == ["ReferralNFA", "CINPlanDates", "CINPlanDates"])
    #expect(found.map(\.line) == [3, 10, 11])
    #expect(Set(found.map(\.issueID)).count == 1)
  }
}
