import SafeguardCore
import Testing

@testable import Validate

struct ReviewAfterProtectionPlanStartTests {
  static func reviewed(_ start: String?, _ reviews: [String?]) -> CensusChild {
    R8820.child { $0.plans = [R8820.plan(start: start, reviews: reviews)] }
  }

  @Test(arguments: [
    RuleCase.passes("reviewed the day after the start", reviewed("2024-06-01", ["2024-06-02"])),
    RuleCase.fires("reviewed on the start day", reviewed("2024-06-01", ["2024-06-01"])),
    RuleCase.fires("reviewed the day before", reviewed("2024-06-01", ["2024-05-31"])),
    RuleCase.fires(
      "two reviews on or before: two issues", reviewed("2024-06-01", ["2024-05-31", "2024-07-01", "2024-06-01"]),
      times: 2),
    RuleCase.passes("no reviews", reviewed("2024-06-01", [])),
    RuleCase.passes("review blank", reviewed("2024-06-01", [""])),
    RuleCase.passes("review unreadable", reviewed("2024-06-01", ["01/05/2024"])),
    RuleCase.passes("start unreadable", reviewed("01/06/2024", ["2024-05-01"])),
    RuleCase.passes(
      "a review is compared with its own plan only",
      R8820.child { e in
        e.plans = [
          R8820.plan(line: 5, start: "2024-05-01", end: "2024-06-01", reviews: ["2024-05-20"]),
          R8820.plan(line: 9, start: "2024-07-01", reviews: ["2024-08-01"]),
        ]
      }),
    RuleCase.fires("2023/24: reviewed the start day", reviewed("2023-06-01", ["2023-06-01"]), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(ReviewAfterProtectionPlanStart.self, c.child, reference: c.reference) == c.count)
  }

  @Test func reportedAtTheReviewLinkedToTheStart() {
    let found = findings(ReviewAfterProtectionPlanStart.self, Self.reviewed("2024-06-01", ["2024-05-31"]))
    #expect(found.map(\.field) == ["CPPreviewDate", "CPPstartDate"])
    #expect(found.map(\.value) == ["2024-05-31", "2024-06-01"])
  }
}
