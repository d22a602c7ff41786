import SafeguardCore
import Testing

@testable import Validate

struct CINPlanEndAfterDeathQueryTests {
  static func died(_ death: String?, end: String?) -> CensusChild {
    R4000.child(cin: [R4000.cinPlan("2024-04-15", end, line: 10)], death: death)
  }

  @Test(arguments: [
    RuleCase.passes("ends the day the child died", died("2024-06-01", end: "2024-06-01")),
    RuleCase.passes("ends the day before", died("2024-06-01", end: "2024-05-31")),
    RuleCase.passes("open plan", died("2024-06-01", end: nil)),
    RuleCase.passes("end blank", died("2024-06-01", end: "")),
    RuleCase.passes("end unreadable", died("2024-06-01", end: "02/06/2024")),
    RuleCase.passes("no date of death", died(nil, end: "2024-06-02")),
    RuleCase.passes("date of death blank", died("", end: "2024-06-02")),
    RuleCase.fires("ends the day after the child died", died("2024-06-01", end: "2024-06-02")),
    RuleCase.fires("died 31 March, plan ends 1 April", died("2025-03-31", end: "2025-04-01")),
    RuleCase.fires("ends after death in 2023/24", died("2023-06-01", end: "2023-06-02"), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(CINPlanEndAfterDeathQuery.self, c.child, reference: c.reference) == c.count)
  }

  @Test func namesThePlanEndThenTheDeath() {
    let found = findings(CINPlanEndAfterDeathQuery.self, Self.died("2024-06-01", end: "2024-06-02"))
    #expect(found.map(\.field) == ["CINPlanEndDate", "PersonDeathDate"])
    #expect(found.map(\.line) == [10, 5])
    #expect(found.allSatisfy { $0.rule.code == "4009Q" && $0.rule.severity == .query })
  }
}
