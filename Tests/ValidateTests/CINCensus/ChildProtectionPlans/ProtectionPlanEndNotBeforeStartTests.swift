import SafeguardCore
import Testing

@testable import Validate

struct ProtectionPlanEndNotBeforeStartTests {
  static func plan(_ start: String?, _ end: String?) -> CensusChild {
    R8820.child { $0.plans = [R8820.plan(start: start, end: end)] }
  }

  @Test(arguments: [
    RuleCase.fires("ends the day before it starts", plan("2024-06-01", "2024-05-31")),
    RuleCase.fires("ends 31 March, started 1 April", plan("2024-04-01", "2024-03-31")),
    RuleCase.passes("ends the day it starts (8840's)", plan("2024-06-01", "2024-06-01")),
    RuleCase.passes("ends the day after", plan("2024-06-01", "2024-06-02")),
    RuleCase.passes("open", plan("2024-06-01", nil)),
    RuleCase.passes("end blank", plan("2024-06-01", "")),
    RuleCase.passes("end unreadable", plan("2024-06-01", "31/05/2024")),
    RuleCase.passes("start absent", plan(nil, "2024-05-31")),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(ProtectionPlanEndNotBeforeStart.self, c.child, reference: c.reference) == c.count)
  }

  @Test func endThenStart() {
    let found = findings(ProtectionPlanEndNotBeforeStart.self, Self.plan("2024-06-01", "2024-05-31"))
    #expect(found.map(\.field) == ["CPPendDate", "CPPstartDate"])
  }
}
