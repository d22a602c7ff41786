import SafeguardCore
import Testing

@testable import Validate

struct ProtectionPlanNotStartAndEndSameDayTests {
  static func plan(_ start: String?, _ end: String?) -> CensusChild {
    R8820.child { $0.plans = [R8820.plan(start: start, end: end)] }
  }

  @Test(arguments: [
    RuleCase.fires("starts and ends 1 June", plan("2024-06-01", "2024-06-01")),
    RuleCase.passes("ends the day after", plan("2024-06-01", "2024-06-02")),
    RuleCase.passes("ends the day before (8925's)", plan("2024-06-01", "2024-05-31")),
    RuleCase.passes("open", plan("2024-06-01", nil)),
    RuleCase.passes("end blank", plan("2024-06-01", "")),
    RuleCase.passes("start unreadable", plan("01/06/2024", "2024-06-01")),
    RuleCase.fires("2023/24: 31 March", plan("2024-03-31", "2024-03-31"), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(ProtectionPlanNotStartAndEndSameDay.self, c.child, reference: c.reference) == c.count)
  }

  @Test func bothDatesNamed() {
    let found = findings(ProtectionPlanNotStartAndEndSameDay.self, Self.plan("2024-06-01", "2024-06-01"))
    #expect(found.map(\.field) == ["CPPstartDate", "CPPendDate"])
  }
}
