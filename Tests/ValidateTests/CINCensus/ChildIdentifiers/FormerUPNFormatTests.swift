import SafeguardCore
import Testing

@testable import Validate

struct FormerUPNFormatTests {
  @Test(arguments: [
    RuleCase.passes("permanent UPN", Ids.pupil(formerUPN: "X987654321231")),
    RuleCase.passes("temporary UPN ending in a letter", Ids.pupil(formerUPN: "X98765432123B")),
    RuleCase.passes("lower-case letters", Ids.pupil(formerUPN: "x98765432123b")),
    RuleCase.fires("letter inside the digits", Ids.pupil(formerUPN: "X0000y0000007")),
    RuleCase.fires("digit first", Ids.pupil(formerUPN: "1987654321231")),
    RuleCase.fires("12 characters", Ids.pupil(formerUPN: "X98765432123")),
    RuleCase.fires("14 characters", Ids.pupil(formerUPN: "X9876543212311")),
    RuleCase.fires("hyphen last", Ids.pupil(formerUPN: "X98765432123-")),
    RuleCase.passes("absent", Ids.pupil(formerUPN: nil)),
    RuleCase.passes("blank", Ids.pupil(formerUPN: "")),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(FormerUPNFormat.self, c.child, reference: c.reference) == c.count)
  }

  @Test func reportedAtTheFormerUPN() {
    let found = findings(FormerUPNFormat.self, Ids.pupil(formerUPN: "X98721238"))
    #expect(found.map(\.field) == ["FormerUPN"])
    #expect(found.allSatisfy { $0.rule.code == "1560Q" && $0.rule.severity == .query })
  }
}
