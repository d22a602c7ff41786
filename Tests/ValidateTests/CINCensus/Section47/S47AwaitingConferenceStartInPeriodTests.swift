import SafeguardCore
import Testing

@testable import Validate

struct S47AwaitingConferenceStartInPeriodTests {
  @Test(arguments: [
    RuleCase.passes("waiting, started 1 April", section47(start: "2024-04-01")),
    RuleCase.passes("waiting, started on the reference date", section47(start: "2025-03-31")),
    RuleCase.passes("started 31 March, conference held", section47(start: "2024-03-31", conference: "2024-04-10")),
    RuleCase.passes("started 31 March, conference not required", section47(start: "2024-03-31", notRequired: "1")),
    RuleCase.passes("ICPCnotRequired blank", section47(start: "2024-03-31", notRequired: "")),
    RuleCase.passes("start unreadable", section47(start: "31/03/2024")),
    RuleCase.fires("waiting, started 31 March", section47(start: "2024-03-31")),
    RuleCase.fires("waiting, started after the reference date", section47(start: "2025-04-01")),
    RuleCase.fires(
      "conference blank, ICPCnotRequired 0", section47(start: "2024-03-31", conference: "", notRequired: "0")),
    RuleCase.passes("2023/24: started 1 April 2023", section47(start: "2023-04-01"), reference: "2024-03-31"),
    RuleCase.fires("2023/24: started 31 March 2023", section47(start: "2023-03-31"), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(S47AwaitingConferenceStartInPeriod.self, c.child, reference: c.reference) == c.count)
  }

  @Test func namesTheEnquiry() {
    let found = findings(S47AwaitingConferenceStartInPeriod.self, section47(start: "2024-03-31"))
    #expect(found.map(\.field) == ["S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired"])
    #expect(Set(found.map(\.issueID)).count == 1)
  }
}
