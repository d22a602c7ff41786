import SafeguardCore
import Testing

@testable import Validate

struct UPNLACodeRecognisedTests {
  @Test(arguments: [
    RuleCase.passes("201, first of 201-213", Ids.pupil(upn: "A201000178301")),
    RuleCase.passes("213, last of 201-213", Ids.pupil(upn: "A213000178301")),
    RuleCase.fires("214, after 201-213", Ids.pupil(upn: "A214000178301")),
    RuleCase.fires("200, before 201-213", Ids.pupil(upn: "A200000178301")),
    RuleCase.passes("001 pseudo LA", Ids.pupil(upn: "A001000178301")),
    RuleCase.passes("005 pseudo LA", Ids.pupil(upn: "A005000178301")),
    RuleCase.fires("006", Ids.pupil(upn: "A006000178301")),
    RuleCase.fires("000", Ids.pupil(upn: "A000000178301")),
    RuleCase.passes("420", Ids.pupil(upn: "A420000178301")),
    RuleCase.fires("421", Ids.pupil(upn: "A421000178301")),
    RuleCase.fires("804, between 800-803 and 805-808", Ids.pupil(upn: "A804000178301")),
    RuleCase.passes("942, added in 2023/24", Ids.pupil(upn: "A942000178301")),
    RuleCase.passes("943, added in 2023/24", Ids.pupil(upn: "A943000178301")),
    RuleCase.fires("944", Ids.pupil(upn: "A944000178301")),
    RuleCase.passes("942 in 2023/24", Ids.pupil(upn: "A942000178301"), reference: "2024-03-31"),
    RuleCase.fires("950", Ids.pupil(upn: "A950000178301")),
    RuleCase.fires("letters at 2-4", Ids.pupil(upn: "ASFFAGSVSV123")),
    RuleCase.fires("valid code in a UPN of the wrong length", Ids.pupil(upn: "A2X1")),
    RuleCase.passes("valid code in a short UPN", Ids.pupil(upn: "A201")),
    RuleCase.passes("3 characters left to the length rule", Ids.pupil(upn: "A20")),
    RuleCase.passes("absent", Ids.pupil(upn: nil)),
    RuleCase.passes("blank", Ids.pupil(upn: "")),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(UPNLACodeRecognised.self, c.child, reference: c.reference) == c.count)
  }
}
