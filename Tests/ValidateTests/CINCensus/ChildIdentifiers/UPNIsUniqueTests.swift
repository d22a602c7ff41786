import SafeguardCore
import Testing

@testable import Validate

struct UPNIsUniqueTests {
  @Test(arguments: [
    FileRuleCase.passes(
      "different UPNs",
      census([Ids.pupil(upn: "A950000178301", id: "C1"), Ids.pupil(upn: "H243278544154", id: "C2")])),
    FileRuleCase.fires(
      "same UPN twice",
      census([Ids.pupil(upn: "A950000178301", id: "C1"), Ids.pupil(upn: "A950000178301", id: "C2")])),
    FileRuleCase.fires(
      "same UPN in another letter case",
      census([Ids.pupil(upn: "a950000178301", id: "C1"), Ids.pupil(upn: "A950000178301", id: "C2")])),
    FileRuleCase.fires(
      "same UPN three times is one issue",
      census([
        Ids.pupil(upn: "A950000178301", id: "C1"), Ids.pupil(upn: "A950000178301", id: "C2"),
        Ids.pupil(upn: "A950000178301", id: "C3"),
      ])),
    FileRuleCase.fires(
      "two shared UPNs are two issues",
      census([
        Ids.pupil(upn: "A950000178301", id: "C1"), Ids.pupil(upn: "A950000178301", id: "C2"),
        Ids.pupil(upn: "H243278544154", id: "C3"), Ids.pupil(upn: "H243278544154", id: "C4"),
      ]), times: 2),
    FileRuleCase.passes(
      "children without a UPN", census([Ids.pupil(upn: nil, id: "C1"), Ids.pupil(upn: nil, id: "C2")])),
    FileRuleCase.passes(
      "children with blank UPNs", census([Ids.pupil(upn: "", id: "C1"), Ids.pupil(upn: "", id: "C2")])),
  ])
  func rule(_ c: FileRuleCase) {
    #expect(issues(UPNIsUnique.self, c.census) == c.count)
  }

  @Test func everyHolderIsNamedInOneIssue() {
    let found = findings(
      UPNIsUnique.self,
      census([Ids.pupil(upn: "A950000178301", id: "C1"), Ids.pupil(upn: "A950000178301", id: "C2")]))
    #expect(found.map(\.field) == ["UPN", "UPN"])
    #expect(Set(found.map(\.issueID)).count == 1)
    #expect(found.allSatisfy { $0.childRef == "C1" })
  }
}
