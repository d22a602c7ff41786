import SafeguardCore
import Testing

@testable import Validate

struct PreviousPlansGivenTests {
  static func previous(_ n: String?) -> CensusChild { protectionPlan(start: "2024-05-01", previous: n) }

  @Test(arguments: [
    RuleCase.passes("0", previous("0")),
    RuleCase.passes("3", previous("3")),
    RuleCase.passes("unreadable", previous("two")),
    RuleCase.fires("-1", previous("-1")),
    RuleCase.fires("absent", previous(nil)),
    RuleCase.fires("blank", previous("")),
    RuleCase.passes("2023/24: 1", previous("1"), reference: "2024-03-31"),
    RuleCase.fires("2023/24: absent", previous(nil), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(PreviousPlansGiven.self, c.child, reference: c.reference) == c.count)
  }

  @Test func pointsAtTheNumber() {
    let found = findings(PreviousPlansGiven.self, Self.previous("-1"))
    #expect(found.map(\.field) == ["NumberOfPreviousCPP"])
    #expect(found.map(\.line) == [5])
    #expect(found.map(\.value) == ["-1"])
  }
}
