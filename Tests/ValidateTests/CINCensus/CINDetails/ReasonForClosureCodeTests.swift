import SafeguardCore
import Testing

@testable import Validate

struct ReasonForClosureCodeTests {
  static func closedFor(_ reason: String?) -> CensusChild {
    child(episodes: [episode(closed: "2024-06-01", reason: reason)])
  }

  @Test(arguments: [
    RuleCase.passes("RC1", closedFor("RC1")),
    RuleCase.passes("RC9", closedFor("RC9")),
    RuleCase.passes("lower case rc8", closedFor("rc8")),
    RuleCase.passes("absent", closedFor(nil)),
    RuleCase.passes("blank", closedFor("")),
    RuleCase.passes("RC9 in 2023/24", closedFor("RC9"), reference: "2024-03-31"),
    RuleCase.fires("RC0", closedFor("RC0")),
    RuleCase.fires("RC10", closedFor("RC10")),
    RuleCase.fires("RC13", closedFor("RC13")),
    RuleCase.fires("RC1 with a space", closedFor("RC 1")),
    RuleCase.fires("RC0 in 2023/24", closedFor("RC0"), reference: "2024-03-31"),
    RuleCase.fires(
      "two episodes with bad codes",
      child(episodes: [episode(line: 2, closed: "2024-06-01", reason: "X"), episode(line: 20, reason: "Y")]),
      times: 2),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(ReasonForClosureCode.self, c.child, reference: c.reference) == c.count)
  }

  @Test func pointsAtTheReason() {
    let found = findings(ReasonForClosureCode.self, Self.closedFor("RC0"))
    #expect(found.map(\.field) == ["ReasonForClosure"])
    #expect(found.map(\.line) == [5])
    #expect(found.map(\.value) == ["RC0"])
  }
}
