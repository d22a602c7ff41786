import SafeguardCore
import Testing

@testable import Validate

struct DisabilityNoneAloneTests {
  @Test(arguments: [
    RuleCase.passes("NONE alone", disabled(["NONE"])),
    RuleCase.passes("codes without NONE", disabled(["MOB", "HAND"])),
    RuleCase.passes("no disabilities", disabled([])),
    RuleCase.passes("NONE and a blank", disabled(["NONE", ""])),
    RuleCase.passes("NONE twice (8794's)", disabled(["NONE", "NONE"])),
    RuleCase.fires("NONE and AUT", disabled(["NONE", "AUT"])),
    RuleCase.fires("lower case none and MOB", disabled(["MOB", "none"])),
    RuleCase.fires("NONE and an unknown code", disabled(["NONE", "XYZ"])),
    RuleCase.fires("NONE and DDA in 2023/24", disabled(["NONE", "DDA"]), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(DisabilityNoneAlone.self, c.child, reference: c.reference) == c.count)
  }

  @Test func namesNoneThenTheOthers() {
    let found = findings(DisabilityNoneAlone.self, disabled(["MOB", "NONE", "HAND"]))
    #expect(found.map(\.line) == [11, 10, 12])
    #expect(Set(found.map(\.issueID)).count == 1)
  }
}
