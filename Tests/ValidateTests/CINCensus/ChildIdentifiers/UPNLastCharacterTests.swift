import SafeguardCore
import Testing

@testable import Validate

struct UPNLastCharacterTests {
  @Test(arguments: [
    RuleCase.passes("digit", Ids.pupil(upn: "A201000178301")),
    RuleCase.passes("A", Ids.pupil(upn: "A20100017830A")),
    RuleCase.passes("Y", Ids.pupil(upn: "A20100017830Y")),
    RuleCase.passes("Z", Ids.pupil(upn: "A20100017830Z")),
    RuleCase.passes("H, before I", Ids.pupil(upn: "A20100017830H")),
    RuleCase.fires("I", Ids.pupil(upn: "A20100017830I")),
    RuleCase.fires("O", Ids.pupil(upn: "A20100017830O")),
    RuleCase.fires("S", Ids.pupil(upn: "A20100017830S")),
    RuleCase.fires("lower-case a", Ids.pupil(upn: "A20100017830a")),
    RuleCase.fires("hyphen", Ids.pupil(upn: "A20100017830-")),
    RuleCase.fires("13th of 14 characters", Ids.pupil(upn: "A20100017830I1")),
    RuleCase.passes("12 characters have no 13th", Ids.pupil(upn: "A20100017830")),
    RuleCase.passes("absent", Ids.pupil(upn: nil)),
    RuleCase.passes("blank", Ids.pupil(upn: "")),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(UPNLastCharacter.self, c.child, reference: c.reference) == c.count)
  }
}
