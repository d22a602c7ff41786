import SafeguardCore
import Testing

@testable import Validate

struct ProtectionPlanStartsByDeathTests {
  static func died(_ death: String?, start: String?) -> CensusChild {
    R8820.child(death: death) { $0.plans = [R8820.plan(start: start)] }
  }

  @Test(arguments: [
    RuleCase.passes("started the day before death", died("2024-06-01", start: "2024-05-31")),
    RuleCase.passes("started the day of death", died("2024-06-01", start: "2024-06-01")),
    RuleCase.fires("started the day after death", died("2024-06-01", start: "2024-06-02")),
    RuleCase.fires("died 31 March, plan from 1 April", died("2024-03-31", start: "2024-04-01")),
    RuleCase.passes("no death date", died(nil, start: "2024-06-02")),
    RuleCase.passes("death date blank", died("", start: "2024-06-02")),
    RuleCase.passes("death date unreadable", died("01/06/2024", start: "2024-06-02")),
    RuleCase.passes("start unreadable", died("2024-06-01", start: "02/06/2024")),
    RuleCase.fires(
      "two plans after death: two issues",
      R8820.child(death: "2024-05-01") { e in
        e.plans = [
          R8820.plan(line: 5, start: "2024-05-02", end: "2024-05-03"), R8820.plan(line: 9, start: "2024-06-01"),
        ]
      }, times: 2),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(ProtectionPlanStartsByDeath.self, c.child, reference: c.reference) == c.count)
  }

  @Test func linkedToTheDeathDate() {
    let found = findings(ProtectionPlanStartsByDeath.self, Self.died("2024-06-01", start: "2024-06-02"))
    #expect(found.map(\.field) == ["CPPstartDate", "PersonDeathDate"])
  }
}
