import SafeguardCore
import Testing

@testable import Validate

struct ShareWithNoSexRecordedTests {
  static func recorded(_ n: Int) -> [CensusChild] { Ids.children(n, from: 100) { $0.sex = text("M") } }

  @Test(arguments: [
    FileRuleCase.passes("1 of 50 without sex is 2%", census(recorded(49) + Ids.children(1))),
    FileRuleCase.fires("2 of 50 without sex is 4%", census(recorded(48) + Ids.children(2))),
    FileRuleCase.fires("2 of 50 with sex U", census(recorded(48) + Ids.children(2) { $0.sex = text("U") })),
    FileRuleCase.fires("2 of 50 with blank sex", census(recorded(48) + Ids.children(2) { $0.sex = text("") })),
    FileRuleCase.passes(
      "2 of 50 unborn without sex",
      census(recorded(48) + Ids.children(2) { $0.expectedBirthDate = date("2025-05-01") })),
    FileRuleCase.passes(
      "2 of 50 with sex F", census(recorded(48) + Ids.children(2) { $0.sex = text("F") })),
    FileRuleCase.passes("no children", census([])),
    FileRuleCase.fires(
      "2023/24: 2 of 50 with gender 0",
      census(
        Ids.children(48, from: 100) { $0.genderCurrent = text("1") }
          + Ids.children(2) { $0.genderCurrent = text("0") }, reference: "2024-03-31")),
    FileRuleCase.passes(
      "2023/24: gender 1 recorded, sex U not read",
      census(
        Ids.children(50) {
          $0.genderCurrent = text("1")
          $0.sex = text("U")
        }, reference: "2024-03-31")),
    FileRuleCase.passes(
      "2023/24: 1 of 50 without gender",
      census(Ids.children(49, from: 100) { $0.genderCurrent = text("2") } + Ids.children(1), reference: "2024-03-31")),
  ])
  func rule(_ c: FileRuleCase) {
    #expect(issues(ShareWithNoSexRecorded.self, c.census) == c.count)
  }

  @Test func messageFollowsTheYear() {
    let in2024 = findings(ShareWithNoSexRecorded.self, census(Self.recorded(48) + Ids.children(2)))
    #expect(in2024.first?.message.contains("no sex recorded") == true)
    let in2023 = findings(ShareWithNoSexRecorded.self, census(Ids.children(2), reference: "2024-03-31"))
    #expect(
      in2023.map(\.message)
        == ["Please check: Percentage of children with no gender recorded is more than 2% (excluding unborns)"])
  }
}
