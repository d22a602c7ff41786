import SafeguardCore
import Testing

@testable import Validate

struct CINPlanEndBeforeStartTests {
  static func plan(_ start: String?, _ end: String?) -> CensusChild { R4000.child(cin: [R4000.cinPlan(start, end)]) }

  @Test(arguments: [
    RuleCase.passes("ends the day it starts", plan("2024-05-01", "2024-05-01")),
    RuleCase.passes("ends the day after", plan("2024-05-01", "2024-05-02")),
    RuleCase.passes("open plan", plan("2024-05-01", nil)),
    RuleCase.passes("end blank", plan("2024-05-01", "")),
    RuleCase.passes("no start", plan(nil, "2024-04-30")),
    RuleCase.passes("end unreadable", plan("2024-05-01", "30/04/2024")),
    RuleCase.fires("ends the day before it starts", plan("2024-05-01", "2024-04-30")),
    RuleCase.fires("ends 31 March, starts 1 April", plan("2024-04-01", "2024-03-31")),
    RuleCase.fires("ends before it starts in 2023/24", plan("2023-06-02", "2023-06-01"), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(CINPlanEndBeforeStart.self, c.child, reference: c.reference) == c.count)
  }

  @Test func namesTheEndThenTheStart() {
    let found = findings(CINPlanEndBeforeStart.self, Self.plan("2024-05-01", "2024-04-30"))
    #expect(found.map(\.field) == ["CINPlanEndDate", "CINPlanStartDate"])
    #expect(found.map(\.value) == ["2024-04-30", "2024-05-01"])
    #expect(Set(found.map(\.issueID)).count == 1)
  }
}
