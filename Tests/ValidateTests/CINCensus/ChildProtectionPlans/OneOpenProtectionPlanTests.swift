import SafeguardCore
import Testing

@testable import Validate

struct OneOpenProtectionPlanTests {
  static func plans(_ ends: [String?]) -> CensusChild {
    R8820.child { e in
      e.plans = ends.enumerated().map { i, end in R8820.plan(line: Int32(5 + i), start: "2024-05-0\(i + 1)", end: end) }
    }
  }

  @Test(arguments: [
    RuleCase.passes("one open plan", plans([nil])),
    RuleCase.passes("one open, one ended", plans(["2024-05-20", nil])),
    RuleCase.fires("two open plans", plans([nil, nil])),
    RuleCase.fires("one absent end, one blank end", plans([nil, ""])),
    RuleCase.fires("three open: one issue", plans([nil, nil, nil])),
    RuleCase.passes("one open, one unreadable end", plans([nil, "20/05/2024"])),
    RuleCase.fires(
      "open plans in two episodes (the public code counts per plan)",
      R8820.child([
        R8820.episode(line: 2) { $0.plans = [R8820.plan(line: 5)] },
        R8820.episode(line: 10, referral: "2024-06-01") { $0.plans = [R8820.plan(line: 11, start: "2024-06-02")] },
      ])),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(OneOpenProtectionPlan.self, c.child, reference: c.reference) == c.count)
  }

  @Test func eachOpenPlanIsNamed() {
    let found = findings(OneOpenProtectionPlan.self, Self.plans([nil, "2024-05-20", nil]))
    #expect(found.map(\.line) == [5, 7])
    #expect(Set(found.map(\.issueID)).count == 1)
  }
}
