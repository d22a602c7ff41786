import SafeguardCore
import Testing

@testable import Validate

struct EthnicityMissingOrInvalidTests {
  static func ethnicity(_ code: String?) -> CensusChild { child { $0.ethnicity = text(code, line: 6) } }

  @Test(arguments: [
    RuleCase.passes("WBRI", ethnicity("WBRI")),
    RuleCase.passes("NOBT, not yet obtained", ethnicity("NOBT")),
    RuleCase.passes("REFU, refused", ethnicity("REFU")),
    RuleCase.passes("wrom, read upper-cased", ethnicity("wrom")),
    RuleCase.passes("CHNE in 2023/24", ethnicity("CHNE"), reference: "2024-03-31"),
    RuleCase.fires("absent", ethnicity(nil)),
    RuleCase.fires("blank", ethnicity("")),
    RuleCase.fires("not a code", ethnicity("ABAB")),
    RuleCase.fires("a description, not a code", ethnicity("White British")),
    RuleCase.fires("absent in 2023/24", ethnicity(nil), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(EthnicityMissingOrInvalid.self, c.child, reference: c.reference) == c.count)
  }

  @Test func anAbsentEthnicityPointsAtTheChild() {
    let found = findings(EthnicityMissingOrInvalid.self, Self.ethnicity(nil))
    #expect(found.map(\.field) == ["Ethnicity"])
    #expect(found.map(\.line) == [1])
  }
}
