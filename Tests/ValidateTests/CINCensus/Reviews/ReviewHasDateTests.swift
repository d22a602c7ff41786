import SafeguardCore
import Testing

@testable import Validate

struct ReviewHasDateTests {
  static func reviewed(_ reviews: [String?]) -> CensusChild {
    R8820.child { $0.plans = [R8820.plan(start: "2024-05-01", reviews: reviews)] }
  }

  @Test(arguments: [
    RuleCase.passes("one dated review", reviewed(["2024-06-01"])),
    RuleCase.passes("no reviews", reviewed([])),
    RuleCase.fires("review blank", reviewed([""])),
    RuleCase.fires("review unreadable", reviewed(["01/06/2024"])),
    RuleCase.fires("review absent", reviewed([nil])),
    RuleCase.fires("two bad of three: two issues", reviewed(["", "2024-06-01", "June"]), times: 2),
    RuleCase.fires(
      "an empty <Reviews> group",
      R8820.child {
        var plan = R8820.plan(start: "2024-05-01", reviews: [])
        plan.emptyReviewGroups = [9]
        $0.plans = [plan]
      }),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(ReviewHasDate.self, c.child, reference: c.reference) == c.count)
  }

  @Test func isAQueryAtThePlanWhenBlank() {
    let found = findings(ReviewHasDate.self, Self.reviewed([""]))
    #expect(found.map(\.field) == ["CPPreviewDate"])
    #expect(found.first?.rule.severity == .query)
  }
}
