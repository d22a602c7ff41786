import SafeguardCore
import Testing

@testable import Validate

struct CINPlanStartsAndEndsSameDayTests {
  static func plan(_ start: String?, _ end: String?) -> CensusChild { R4000.child(cin: [R4000.cinPlan(start, end)]) }

  @Test(arguments: [
    RuleCase.passes("ends the day after", plan("2024-05-01", "2024-05-02")),
    RuleCase.passes("ends the day before (4011's)", plan("2024-05-01", "2024-04-30")),
    RuleCase.passes("open plan", plan("2024-05-01", nil)),
    RuleCase.passes("end blank", plan("2024-05-01", "")),
    RuleCase.passes("both unreadable and alike", plan("01/05/2024", "01/05/2024")),
    RuleCase.fires("starts and ends the same day", plan("2024-05-01", "2024-05-01")),
    RuleCase.fires("same day on the reference date", plan("2025-03-31", "2025-03-31")),
    RuleCase.fires("same day in 2023/24", plan("2023-09-01", "2023-09-01"), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(CINPlanStartsAndEndsSameDay.self, c.child, reference: c.reference) == c.count)
  }

  @Test func isAQueryNamingBothDates() {
    let found = findings(CINPlanStartsAndEndsSameDay.self, Self.plan("2024-05-01", "2024-05-01"))
    #expect(found.map(\.field) == ["CINPlanStartDate", "CINPlanEndDate"])
    #expect(found.allSatisfy { $0.rule.code == "4012Q" && $0.rule.severity == .query })
  }
}
