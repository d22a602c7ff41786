import SafeguardCore
import Testing

@testable import Validate

struct InitialConferenceInPeriodTests {
  @Test(arguments: [
    RuleCase.passes("conference 1 April", section47(start: "2024-03-20", conference: "2024-04-01")),
    RuleCase.passes("conference on the reference date", section47(start: "2025-03-20", conference: "2025-03-31")),
    RuleCase.passes("no conference", section47(start: "2024-03-20", conference: nil)),
    RuleCase.passes("conference blank", section47(start: "2024-03-20", conference: "")),
    RuleCase.passes("conference unreadable", section47(start: "2024-03-20", conference: "31/03/2024")),
    RuleCase.fires("conference 31 March", section47(start: "2024-03-20", conference: "2024-03-31")),
    RuleCase.fires("conference after the reference date", section47(start: "2025-03-20", conference: "2025-04-01")),
    RuleCase.passes(
      "2023/24: 31 March 2024", section47(start: "2024-03-20", conference: "2024-03-31"), reference: "2024-03-31"),
    RuleCase.fires(
      "2023/24: 1 April 2024", section47(start: "2024-03-20", conference: "2024-04-01"), reference: "2024-03-31"),
    RuleCase.passes(
      "episode's own conference date is not read",
      child(referral: "2024-03-01") { $0.dateOfInitialCPC = date("2024-03-20") }),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(InitialConferenceInPeriod.self, c.child, reference: c.reference) == c.count)
  }

  @Test func pointsAtTheConference() {
    let found = findings(InitialConferenceInPeriod.self, section47(start: "2024-03-20", conference: "2024-03-31"))
    #expect(found.map(\.field) == ["DateOfInitialCPC"])
    #expect(found.map(\.line) == [5])
  }
}
