import SafeguardCore
import Testing

@testable import Validate

struct S47AwaitingConferenceStartedLongAgoTests {
  // Reference 31 March 2025 (Monday): the 15th working day before is Monday 10 March 2025.
  // Reference 31 March 2024 (Sunday, Good Friday 29 March): Friday 8 March 2024.
  // Reference 10 January 2025: Tuesday 17 December 2024 (25, 26 December and 1 January skipped).
  @Test(arguments: [
    RuleCase.passes("started on the 15th working day before", section47(start: "2025-03-10")),
    RuleCase.passes("started the day after", section47(start: "2025-03-11")),
    RuleCase.passes("conference held", section47(start: "2025-01-06", conference: "2025-01-20")),
    RuleCase.passes("conference not required", section47(start: "2025-01-06", notRequired: "true")),
    RuleCase.passes("ICPCnotRequired absent", section47(start: "2025-01-06", notRequired: nil)),
    RuleCase.passes("conference date unreadable", section47(start: "2025-01-06", conference: "20/01/2025")),
    RuleCase.passes("start absent", section47(start: nil)),
    RuleCase.fires("started on the 16th working day before (Friday 7 March)", section47(start: "2025-03-07")),
    RuleCase.fires("started Sunday 9 March, before the cut-off", section47(start: "2025-03-09")),
    RuleCase.fires("started Saturday 8 March", section47(start: "2025-03-08")),
    RuleCase.fires(
      "conference date blank, ICPCnotRequired 0", section47(start: "2025-01-06", conference: "", notRequired: "0")),
    RuleCase.passes("2023/24: Friday 8 March 2024", section47(start: "2024-03-08"), reference: "2024-03-31"),
    RuleCase.fires("2023/24: Thursday 7 March 2024", section47(start: "2024-03-07"), reference: "2024-03-31"),
    RuleCase.passes("across Christmas: 17 December", section47(start: "2024-12-17"), reference: "2025-01-10"),
    RuleCase.fires("across Christmas: 16 December", section47(start: "2024-12-16"), reference: "2025-01-10"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(S47AwaitingConferenceStartedLongAgo.self, c.child, reference: c.reference) == c.count)
  }

  @Test func namesTheEnquiry() {
    let found = findings(S47AwaitingConferenceStartedLongAgo.self, section47(start: "2025-03-07"))
    #expect(found.map(\.field) == ["S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired"])
    #expect(found.map(\.line) == [4, 3, 6])
  }
}
