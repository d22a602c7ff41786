import SafeguardCore
import Testing

@testable import Validate

struct PlanStartGivenByReferenceDateTests {
  @Test(arguments: [
    RuleCase.passes("started on the reference date", protectionPlan(start: "2025-03-31")),
    RuleCase.passes("started 1 April", protectionPlan(start: "2024-04-01")),
    RuleCase.passes("started before the census year", protectionPlan(start: "2023-01-01")),
    RuleCase.passes("start unreadable", protectionPlan(start: "31/03/2025")),
    RuleCase.fires("started the day after the reference date", protectionPlan(start: "2025-04-01")),
    RuleCase.fires("start absent", protectionPlan(start: nil)),
    RuleCase.fires("start blank", protectionPlan(start: "")),
    RuleCase.passes("2023/24: started 31 March 2024", protectionPlan(start: "2024-03-31"), reference: "2024-03-31"),
    RuleCase.fires("2023/24: started 1 April 2024", protectionPlan(start: "2024-04-01"), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(PlanStartGivenByReferenceDate.self, c.child, reference: c.reference) == c.count)
  }

  @Test func absentStartPointsAtThePlan() {
    let found = findings(PlanStartGivenByReferenceDate.self, protectionPlan(start: nil))
    #expect(found.map(\.field) == ["CPPstartDate"])
    #expect(found.map(\.line) == [3])
  }
}
