import SafeguardCore
import Testing

@testable import Validate

struct UPNCheckLetterTests {
  // A950000178301: 9×2 + 5×3 + 1×8 + 7×9 + 8×10 + 3×11 + 1×13 = 230, 230 mod 23 = 0, letter A.
  // H243278544154: 4+12+12+10+42+56+40+36+40+11+60+52 = 375, 375 mod 23 = 7, letter H.
  // A850000178301: 8×2 replaces 9×2, 228 mod 23 = 21, which has no letter.
  @Test(arguments: [
    RuleCase.passes("check letter A", Ids.pupil(upn: "A950000178301")),
    RuleCase.passes("check letter H", Ids.pupil(upn: "H243278544154")),
    RuleCase.passes("check letter in lower case", Ids.pupil(upn: "a950000178301")),
    RuleCase.fires("B where A is due", Ids.pupil(upn: "B950000178301")),
    RuleCase.fires("G where H is due", Ids.pupil(upn: "G243278544154")),
    RuleCase.fires("remainder 21 has no letter", Ids.pupil(upn: "A850000178301")),
    RuleCase.passes("temporary UPN ending in a letter is not weighed", Ids.pupil(upn: "B95000017830A")),
    RuleCase.passes("12 characters left to the length rule", Ids.pupil(upn: "B95000017830")),
    RuleCase.passes("14 characters left to the length rule", Ids.pupil(upn: "B9500001783011")),
    RuleCase.passes("absent", Ids.pupil(upn: nil)),
    RuleCase.passes("blank", Ids.pupil(upn: "")),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(UPNCheckLetter.self, c.child, reference: c.reference) == c.count)
  }

  @Test func reportedAtTheUPN() {
    let found = findings(UPNCheckLetter.self, Ids.pupil(upn: "B950000178301"))
    #expect(found.map(\.field) == ["UPN"])
    #expect(found.map(\.value) == ["B950000178301"])
  }
}
