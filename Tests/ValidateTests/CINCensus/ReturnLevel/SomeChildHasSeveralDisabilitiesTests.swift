import SafeguardCore
import Testing

@testable import Validate

struct SomeChildHasSeveralDisabilitiesTests {
  @Test(arguments: [
    FileRuleCase.passes(
      "one child with two", census([Ids.disabled(["MOB", "HAND"], id: "C1"), Ids.disabled(["VIS"], id: "C2")])),
    FileRuleCase.fires(
      "every child with one", census([Ids.disabled(["MOB"], id: "C1"), Ids.disabled(["VIS"], id: "C2")])),
    FileRuleCase.fires("one code and NONE", census([Ids.disabled(["MOB", "NONE"], id: "C1")])),
    FileRuleCase.fires("one code twice", census([Ids.disabled(["MOB", "mob"], id: "C1")])),
    FileRuleCase.fires("one code and a blank", census([Ids.disabled(["MOB", ""], id: "C1")])),
    FileRuleCase.passes("only NONE", census([Ids.disabled(["NONE"], id: "C1")])),
    FileRuleCase.passes("no disabilities", census([child()])),
  ])
  func rule(_ c: FileRuleCase) {
    #expect(issues(SomeChildHasSeveralDisabilities.self, c.census) == c.count)
  }
}
