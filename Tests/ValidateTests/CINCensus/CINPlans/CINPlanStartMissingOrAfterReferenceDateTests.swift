import SafeguardCore
import Testing

@testable import Validate

struct CINPlanStartMissingOrAfterReferenceDateTests {
  static func starting(_ start: String?) -> CensusChild { R4000.child(cin: [R4000.cinPlan(start, nil)]) }

  @Test(arguments: [
    RuleCase.passes("starts on the reference date", starting("2025-03-31")),
    RuleCase.passes("starts the day before", starting("2025-03-30")),
    RuleCase.passes("starts in an earlier census year", starting("2020-06-15")),
    RuleCase.passes("start unreadable: the reader's finding", starting("31/03/2025")),
    RuleCase.passes("starts on the 2023/24 reference date", starting("2024-03-31"), reference: "2024-03-31"),
    RuleCase.fires("starts the day after the reference date", starting("2025-04-01")),
    RuleCase.fires("start absent", starting(nil)),
    RuleCase.fires("start blank", starting("")),
    RuleCase.fires("starts after the 2023/24 reference date", starting("2024-04-01"), reference: "2024-03-31"),
    RuleCase.fires(
      "two plans without a start: two issues", R4000.child(cin: [R4000.cinPlan(nil, nil), R4000.cinPlan("", nil)]),
      times: 2),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(CINPlanStartMissingOrAfterReferenceDate.self, c.child, reference: c.reference) == c.count)
  }

  @Test func anAbsentStartPointsAtItsPlan() {
    let found = findings(
      CINPlanStartMissingOrAfterReferenceDate.self, R4000.child(cin: [R4000.cinPlan(nil, nil, line: 14)]))
    #expect(found.map(\.field) == ["CINPlanStartDate"])
    #expect(found.map(\.line) == [14])
    #expect(found.map(\.value) == [nil])
  }
}
