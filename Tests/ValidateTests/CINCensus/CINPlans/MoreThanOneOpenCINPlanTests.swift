import SafeguardCore
import Testing

@testable import Validate

struct MoreThanOneOpenCINPlanTests {
  static func ends(_ ends: String?...) -> CensusChild {
    R4000.child(cin: ends.enumerated().map { R4000.cinPlan("2024-05-01", $1, line: Int32(10 + $0)) })
  }

  @Test(arguments: [
    RuleCase.passes("one open plan", ends(nil)),
    RuleCase.passes("one open, one ended", ends(nil, "2024-06-01")),
    RuleCase.passes("one open, one end unreadable", ends(nil, "June")),
    RuleCase.passes(
      "one open plan in each of two episodes",
      R4000.twoEpisodes(
        (cin: [R4000.cinPlan("2024-05-01", nil)], cpp: []), (cin: [R4000.cinPlan("2024-06-01", nil)], cpp: []))),
    RuleCase.fires("two open plans", ends(nil, nil)),
    RuleCase.fires("one absent end, one blank end", ends(nil, "")),
    RuleCase.fires("three open plans: one issue", ends(nil, nil, "")),
    RuleCase.fires("two open plans in 2023/24", ends(nil, nil), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(MoreThanOneOpenCINPlan.self, c.child, reference: c.reference) == c.count)
  }

  @Test func namesEachOpenPlan() {
    let found = findings(MoreThanOneOpenCINPlan.self, Self.ends(nil, "2024-06-01", ""))
    #expect(found.map(\.field) == ["CINPlanEndDate", "CINPlanEndDate"])
    #expect(found.map(\.line) == [10, 12])
  }
}
