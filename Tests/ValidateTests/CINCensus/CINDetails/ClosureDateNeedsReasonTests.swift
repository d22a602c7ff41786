import SafeguardCore
import Testing

@testable import Validate

struct ClosureDateNeedsReasonTests {
  static func closed(_ on: String?, _ reason: String?) -> CensusChild {
    child(episodes: [episode(closed: on, reason: reason)])
  }

  @Test(arguments: [
    RuleCase.passes("closed with a reason", closed("2024-06-01", "RC8")),
    RuleCase.passes("closed with an invalid reason (8640's)", closed("2024-06-01", "RC0")),
    RuleCase.passes("open without a reason", closed(nil, nil)),
    RuleCase.passes("closure blank, no reason", closed("", nil)),
    RuleCase.passes("open with a reason (8810's)", closed(nil, "RC8")),
    RuleCase.fires("closed, reason absent", closed("2024-06-01", nil)),
    RuleCase.fires("closed, reason blank", closed("2024-06-01", "")),
    RuleCase.fires("closure unreadable, reason absent", closed("01/06/2024", nil)),
    RuleCase.fires("closed, reason absent, 2023/24", closed("2023-06-01", nil), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(ClosureDateNeedsReason.self, c.child, reference: c.reference) == c.count)
  }

  @Test func absentReasonPointsAtTheEpisode() {
    let found = findings(ClosureDateNeedsReason.self, Self.closed("2024-06-01", nil))
    #expect(found.map(\.field) == ["ReasonForClosure", "CINclosureDate"])
    #expect(found.map(\.line) == [2, 4])
    #expect(Set(found.map(\.issueID)).count == 1)
  }
}
