import SafeguardCore
import Testing

@testable import Validate

struct PrimaryNeedCodeTests {
  static func needing(_ code: String?) -> CensusChild {
    child(episodes: [episode { $0.primaryNeed = text(code, line: 9) }])
  }

  @Test(arguments: [
    RuleCase.passes("N0", needing("N0")),
    RuleCase.passes("N1", needing("N1")),
    RuleCase.passes("N9", needing("N9")),
    RuleCase.passes("lower case n4", needing("n4")),
    RuleCase.passes("absent", needing(nil)),
    RuleCase.passes("blank", needing("")),
    RuleCase.passes("N5 in 2023/24", needing("N5"), reference: "2024-03-31"),
    RuleCase.passes("N1 in 2025/26", needing("N1"), reference: "2026-03-31"),
    RuleCase.fires("N10", needing("N10")),
    RuleCase.fires("AA", needing("AA")),
    RuleCase.fires("a bare N", needing("N")),
    RuleCase.fires("BB in 2023/24", needing("BB"), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(PrimaryNeedCode.self, c.child, reference: c.reference) == c.count)
  }

  @Test func pointsAtTheCode() {
    let found = findings(PrimaryNeedCode.self, Self.needing("AA"))
    #expect(found.map(\.field) == ["PrimaryNeedCode"])
    #expect(found.map(\.line) == [9])
  }
}
