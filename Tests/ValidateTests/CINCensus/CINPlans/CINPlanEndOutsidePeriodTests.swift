import SafeguardCore
import Testing

@testable import Validate

struct CINPlanEndOutsidePeriodTests {
  static func ending(_ end: String?) -> CensusChild { R4000.child(cin: [R4000.cinPlan("2023-01-10", end)]) }

  @Test(arguments: [
    RuleCase.passes("ends 1 April, the first day", ending("2024-04-01")),
    RuleCase.passes("ends on the reference date", ending("2025-03-31")),
    RuleCase.passes("open plan", ending(nil)),
    RuleCase.passes("end blank", ending("")),
    RuleCase.passes("end unreadable: the reader's finding", ending("2024-13-01")),
    RuleCase.passes("ends 1 April 2023 in 2023/24", ending("2023-04-01"), reference: "2024-03-31"),
    RuleCase.fires("ends 31 March, the day before the period", ending("2024-03-31")),
    RuleCase.fires("ends the day after the reference date", ending("2025-04-01")),
    RuleCase.fires("ends 1 April 2024 in 2023/24", ending("2024-04-01"), reference: "2024-03-31"),
    RuleCase.fires("ends 31 March 2023 in 2023/24", ending("2023-03-31"), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(CINPlanEndOutsidePeriod.self, c.child, reference: c.reference) == c.count)
  }

  @Test func pointsAtTheEndDate() {
    let found = findings(CINPlanEndOutsidePeriod.self, Self.ending("2025-04-01"))
    #expect(found.map(\.field) == ["CINPlanEndDate"])
    #expect(found.map(\.value) == ["2025-04-01"])
  }
}
