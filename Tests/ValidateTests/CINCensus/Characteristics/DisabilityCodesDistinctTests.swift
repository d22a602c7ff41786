import SafeguardCore
import Testing

@testable import Validate

struct DisabilityCodesDistinctTests {
  @Test(arguments: [
    RuleCase.passes("distinct codes", disabled(["MOB", "HAND", "VIS"])),
    RuleCase.passes("one code", disabled(["AUT"])),
    RuleCase.passes("two blanks", disabled(["", ""])),
    RuleCase.fires("MOB twice", disabled(["MOB", "HAND", "MOB"])),
    RuleCase.fires("mob and MOB", disabled(["mob", "MOB"])),
    RuleCase.fires("NONE twice", disabled(["NONE", "NONE"])),
    RuleCase.fires("two codes repeated", disabled(["AUT", "AUT", "CON", "CON", "CON"]), times: 2),
    RuleCase.fires("2023/24: LD twice", disabled(["LD", "LD"]), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(DisabilityCodesDistinct.self, c.child, reference: c.reference) == c.count)
  }

  @Test func namesEachRepeat() {
    let found = findings(DisabilityCodesDistinct.self, disabled(["MOB", "HAND", "MOB", "MOB"]))
    #expect(found.map(\.line) == [10, 12, 13])
    #expect(Set(found.map(\.issueID)).count == 1)
  }
}
