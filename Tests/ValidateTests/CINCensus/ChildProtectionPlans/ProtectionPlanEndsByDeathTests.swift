import SafeguardCore
import Testing

@testable import Validate

struct ProtectionPlanEndsByDeathTests {
  static func died(_ death: String?, end: String?) -> CensusChild {
    R8820.child(death: death) { $0.plans = [R8820.plan(start: "2024-05-01", end: end)] }
  }

  @Test(arguments: [
    RuleCase.passes("ended the day before death", died("2024-06-01", end: "2024-05-31")),
    RuleCase.passes("ended the day of death", died("2024-06-01", end: "2024-06-01")),
    RuleCase.fires("ended the day after death", died("2024-06-01", end: "2024-06-02")),
    RuleCase.passes("open plan", died("2024-06-01", end: nil)),
    RuleCase.passes("end blank", died("2024-06-01", end: "")),
    RuleCase.passes("end unreadable", died("2024-06-01", end: "02/06/2024")),
    RuleCase.passes("no death date", died(nil, end: "2024-06-02")),
    RuleCase.passes("death unreadable", died("x", end: "2024-06-02")),
    RuleCase.fires(
      "2023/24: died 30 March, ended 31 March", died("2024-03-30", end: "2024-03-31"), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(ProtectionPlanEndsByDeath.self, c.child, reference: c.reference) == c.count)
  }

  @Test func linkedToTheDeathDate() {
    let found = findings(ProtectionPlanEndsByDeath.self, Self.died("2024-06-01", end: "2024-06-02"))
    #expect(found.map(\.field) == ["CPPendDate", "PersonDeathDate"])
    #expect(found.map(\.line) == [5, 1])
  }
}
