import SafeguardCore
import Testing

@testable import Validate

struct LAChildIDUniqueTests {
  static func ids(_ ids: [String?]) -> CensusReturn {
    census(
      ids.enumerated().map { i, id in
        var c = CensusChild(line: Int32(10 * (i + 1)))
        c.laChildID = identifier(id, line: Int32(10 * (i + 1) + 1))
        return c
      })
  }

  @Test(arguments: [
    FileRuleCase.passes("all different", ids(["A1", "A2", "A3"])),
    FileRuleCase.passes("same letters, different case", ids(["ab1", "AB1"])),
    FileRuleCase.passes("two missing identifiers", ids([nil, "", nil])),
    FileRuleCase.fires("one identifier twice", ids(["A1", "A2", "A1"])),
    FileRuleCase.fires("one identifier three times is one issue", ids(["A1", "A1", "A1"])),
    FileRuleCase.fires("two identifiers each twice", ids(["A1", "A2", "A1", "A2"]), times: 2),
  ])
  func rule(_ c: FileRuleCase) {
    #expect(issues(LAChildIDUnique.self, c.census) == c.count)
  }

  @Test func everyHolderIsNamed() {
    let found = findings(LAChildIDUnique.self, Self.ids(["A1", "A2", "A1"]))
    #expect(found.map(\.line) == [11, 31])
    #expect(found.map(\.value) == ["A1", "A1"])
    #expect(found.allSatisfy { $0.childRef == "A1" && $0.rule.code == "8510" })
    #expect(Set(found.map(\.issueID)).count == 1)
  }
}
