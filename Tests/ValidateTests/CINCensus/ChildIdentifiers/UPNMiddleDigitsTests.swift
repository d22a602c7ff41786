import SafeguardCore
import Testing

@testable import Validate

struct UPNMiddleDigitsTests {
  @Test(arguments: [
    RuleCase.passes("all digits", Ids.pupil(upn: "A201000178301")),
    RuleCase.passes("letter at 13 is not checked", Ids.pupil(upn: "A20100017830X")),
    RuleCase.passes("letter at 4 is not checked", Ids.pupil(upn: "A20X000178301")),
    RuleCase.fires("letter at 12", Ids.pupil(upn: "A2010001783X1")),
    RuleCase.fires("letter at 5", Ids.pupil(upn: "A201X00178301")),
    RuleCase.fires("space at 8", Ids.pupil(upn: "A201000 78301")),
    RuleCase.fires("letter at 5 of a short UPN", Ids.pupil(upn: "A201X")),
    RuleCase.passes("4 characters have none of 5-12", Ids.pupil(upn: "A201")),
    RuleCase.passes("absent", Ids.pupil(upn: nil)),
    RuleCase.passes("blank", Ids.pupil(upn: "")),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(UPNMiddleDigits.self, c.child, reference: c.reference) == c.count)
  }
}
