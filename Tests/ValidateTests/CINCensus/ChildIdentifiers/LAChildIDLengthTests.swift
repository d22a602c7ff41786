import SafeguardCore
import Testing

@testable import Validate

struct LAChildIDLengthTests {
  @Test(arguments: [
    RuleCase.passes("19 characters", Ids.pupil(laChildID: "ABCDEFGHIJ123456789")),
    RuleCase.passes("20 characters", Ids.pupil(laChildID: "ABCDEFGHIJ1234567890")),
    RuleCase.fires("21 characters", Ids.pupil(laChildID: "ABCDEFGHIJ1234567890K")),
    RuleCase.passes("absent", Ids.pupil(laChildID: nil)),
    RuleCase.passes("blank", Ids.pupil(laChildID: "")),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(LAChildIDLength.self, c.child, reference: c.reference) == c.count)
  }

  @Test func appliesFrom2024to25() {
    #expect(!LAChildIDLength.info.years.contains(CensusYear(endingIn: 2024)))
    #expect(LAChildIDLength.info.years.contains(CensusYear(endingIn: 2025)))
    #expect(LAChildIDLength.info.years.contains(CensusYear(endingIn: 2026)))
  }
}
