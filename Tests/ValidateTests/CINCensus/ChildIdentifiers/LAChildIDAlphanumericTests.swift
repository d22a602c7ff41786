import SafeguardCore
import Testing

@testable import Validate

struct LAChildIDAlphanumericTests {
  @Test(arguments: [
    RuleCase.passes("letters and digits", Ids.pupil(laChildID: "DfEX0000001")),
    RuleCase.passes("digits only", Ids.pupil(laChildID: "123456")),
    RuleCase.fires("hyphen", Ids.pupil(laChildID: "ABC-123")),
    RuleCase.fires("inner space", Ids.pupil(laChildID: "ABC 123")),
    RuleCase.fires("semicolon", Ids.pupil(laChildID: "ABC123;")),
    RuleCase.fires("accented letter", Ids.pupil(laChildID: "ÉABC123")),
    RuleCase.passes("absent", Ids.pupil(laChildID: nil)),
    RuleCase.passes("blank", Ids.pupil(laChildID: "")),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(LAChildIDAlphanumeric.self, c.child, reference: c.reference) == c.count)
  }

  @Test func appliesFrom2024to25() {
    #expect(!LAChildIDAlphanumeric.info.years.contains(CensusYear(endingIn: 2024)))
    #expect(LAChildIDAlphanumeric.info.years.contains(CensusYear(endingIn: 2025)))
  }
}
