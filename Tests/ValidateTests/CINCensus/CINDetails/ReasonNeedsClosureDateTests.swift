import SafeguardCore
import Testing

@testable import Validate

struct ReasonNeedsClosureDateTests {
  static func closed(_ on: String?, _ reason: String?) -> CensusChild {
    child(episodes: [episode(closed: on, reason: reason)])
  }

  @Test(arguments: [
    RuleCase.passes("reason with a closure date", closed("2024-06-01", "RC7")),
    RuleCase.passes("reason with an unreadable closure date", closed("1/6/2024", "RC7")),
    RuleCase.passes("neither", closed(nil, nil)),
    RuleCase.passes("reason blank, no closure date", closed(nil, "")),
    RuleCase.passes("closure date without a reason (8805's)", closed("2024-06-01", nil)),
    RuleCase.fires("reason, closure date absent", closed(nil, "RC7")),
    RuleCase.fires("reason, closure date blank", closed("", "RC7")),
    RuleCase.fires("invalid reason, no closure date", closed(nil, "RC0")),
    RuleCase.fires("reason, no closure date, 2023/24", closed(nil, "RC1"), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(ReasonNeedsClosureDate.self, c.child, reference: c.reference) == c.count)
  }

  @Test func namesBoth() {
    let found = findings(ReasonNeedsClosureDate.self, Self.closed(nil, "RC7"))
    #expect(found.map(\.field) == ["CINclosureDate", "ReasonForClosure"])
    #expect(found.map(\.line) == [2, 5])
  }
}
