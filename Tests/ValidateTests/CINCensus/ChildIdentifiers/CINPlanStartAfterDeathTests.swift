import SafeguardCore
import Testing

@testable import Validate

struct CINPlanStartAfterDeathTests {
  static func died(_ death: String?, start: String?) -> CensusChild {
    R4000.child(cin: [R4000.cinPlan(start, nil, line: 10)], death: death)
  }

  @Test(arguments: [
    RuleCase.passes("starts the day the child died", died("2024-06-01", start: "2024-06-01")),
    RuleCase.passes("starts the day before", died("2024-06-01", start: "2024-05-31")),
    RuleCase.passes("no date of death", died(nil, start: "2024-06-02")),
    RuleCase.passes("date of death blank", died("", start: "2024-06-02")),
    RuleCase.passes("date of death unreadable", died("1 June 2024", start: "2024-06-02")),
    RuleCase.passes("no start", died("2024-06-01", start: nil)),
    RuleCase.fires("starts the day after the child died", died("2024-06-01", start: "2024-06-02")),
    RuleCase.fires("died 31 March, plan starts 1 April", died("2024-03-31", start: "2024-04-01")),
    RuleCase.fires("starts after death in 2023/24", died("2023-06-01", start: "2023-06-02"), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(CINPlanStartAfterDeath.self, c.child, reference: c.reference) == c.count)
  }

  @Test func namesThePlanStartThenTheDeath() {
    let found = findings(CINPlanStartAfterDeath.self, Self.died("2024-06-01", start: "2024-06-02"))
    #expect(found.map(\.field) == ["CINPlanStartDate", "PersonDeathDate"])
    #expect(found.map(\.line) == [10, 5])
    #expect(Set(found.map(\.issueID)).count == 1)
  }
}
