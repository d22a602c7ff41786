import SafeguardCore
import Testing

@testable import Validate

struct OverlappingCINPlansTests {
  static func plans(_ first: (String?, String?), _ second: (String?, String?)) -> CensusChild {
    R4000.child(cin: [R4000.cinPlan(first.0, first.1, line: 10), R4000.cinPlan(second.0, second.1, line: 11)])
  }

  @Test(arguments: [
    RuleCase.passes(
      "second starts the day after the first ends", plans(("2024-05-01", "2024-06-30"), ("2024-07-01", nil))),
    RuleCase.passes(
      "listed first, starts the day after the other ends", plans(("2024-08-01", nil), ("2024-05-01", "2024-07-31"))),
    RuleCase.passes("one plan", R4000.child(cin: [R4000.cinPlan("2024-05-01", nil)])),
    RuleCase.passes("second starts after the reference date", plans(("2024-05-01", nil), ("2025-04-01", nil))),
    RuleCase.passes("first's end unreadable", plans(("2024-05-01", "30/06/2024"), ("2024-06-01", nil))),
    RuleCase.passes("second has no start", plans(("2024-05-01", nil), (nil, "2024-06-01"))),
    RuleCase.fires("second starts the day the first ends", plans(("2024-05-01", "2024-06-30"), ("2024-06-30", nil))),
    RuleCase.fires("second starts inside the first", plans(("2024-05-01", "2024-09-30"), ("2024-08-01", "2024-08-31"))),
    RuleCase.fires("the later plan listed first", plans(("2024-08-01", nil), ("2024-05-01", "2024-09-01"))),
    RuleCase.fires("both start the same day: one issue", plans(("2024-05-01", "2024-06-01"), ("2024-05-01", nil))),
    RuleCase.fires("open first, second starts on the reference date", plans(("2024-05-01", nil), ("2025-03-31", nil))),
    RuleCase.fires("open first, end blank", plans(("2024-05-01", ""), ("2024-10-01", "2024-11-01"))),
    RuleCase.fires(
      "plans in different episodes",
      R4000.twoEpisodes(
        (cin: [R4000.cinPlan("2024-05-01", "2024-09-30")], cpp: []), (cin: [R4000.cinPlan("2024-09-01", nil)], cpp: []))
    ),
    RuleCase.fires(
      "open first in 2023/24, second on its reference date", plans(("2023-05-01", nil), ("2024-03-31", nil)),
      reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(OverlappingCINPlans.self, c.child, reference: c.reference) == c.count)
  }

  @Test func namesTheStartInsideThenThePlanItFallsIn() {
    let found = findings(OverlappingCINPlans.self, Self.plans(("2024-08-01", nil), ("2024-05-01", "2024-09-01")))
    #expect(found.map(\.field) == ["CINPlanStartDate", "CINPlanStartDate", "CINPlanEndDate"])
    #expect(found.map(\.value) == ["2024-08-01", "2024-05-01", "2024-09-01"])
    #expect(found.map(\.line) == [10, 11, 11])
    #expect(Set(found.map(\.issueID)).count == 1)
  }

  @Test func threePlansStartingTogetherAreThreePairs() {
    let child = R4000.child(cin: [
      R4000.cinPlan("2024-05-01", nil), R4000.cinPlan("2024-05-01", nil), R4000.cinPlan("2024-05-01", nil),
    ])
    #expect(issues(OverlappingCINPlans.self, child) == 3)
  }
}
