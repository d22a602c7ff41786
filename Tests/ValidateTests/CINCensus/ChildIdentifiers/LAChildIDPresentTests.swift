import SafeguardCore
import Testing

@testable import Validate

struct LAChildIDPresentTests {
  static func withID(_ id: CensusText) -> CensusChild {
    child { $0.laChildID = id }
  }

  @Test(arguments: [
    RuleCase.passes("identifier given", withID(identifier("DfEX0000001"))),
    RuleCase.passes("one character", withID(identifier("1"))),
    RuleCase.fires("identifier blank", withID(identifier(""))),
    RuleCase.fires("identifier absent", withID(identifier(nil))),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(LAChildIDPresent.self, c.child, reference: c.reference) == c.count)
  }

  @Test func absentIdentifierPointsAtTheChild() {
    let found = findings(LAChildIDPresent.self, Self.withID(.absent))
    #expect(found.map(\.field) == ["LAchildID"])
    #expect(found.map(\.line) == [1])
    #expect(found.allSatisfy { $0.rule.code == "8500" && $0.value == nil })
  }
}
