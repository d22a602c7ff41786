import SafeguardCore
import Testing

@testable import Validate

struct ProtectionPlanStartDuringCINPlanTests {
  static func cpp(_ start: String?, cin: (String?, String?)) -> CensusChild {
    R4000.child(cin: [R4000.cinPlan(cin.0, cin.1, line: 10)], cpp: [R4000.protectionPlan(start, nil, line: 20)])
  }

  @Test(arguments: [
    RuleCase.passes("starts the day the CIN plan ends", cpp("2024-09-01", cin: ("2024-06-01", "2024-09-01"))),
    RuleCase.passes("starts the day before the CIN plan", cpp("2024-05-31", cin: ("2024-06-01", "2024-09-01"))),
    RuleCase.passes("starts after the reference date", cpp("2025-04-01", cin: ("2024-06-01", nil))),
    RuleCase.passes("CIN plan end unreadable", cpp("2024-07-01", cin: ("2024-06-01", "01/09/2024"))),
    RuleCase.passes("CIN plan has no start", cpp("2024-07-01", cin: (nil, "2024-09-01"))),
    RuleCase.passes("protection plan has no start", cpp("", cin: ("2024-06-01", nil))),
    RuleCase.fires("starts the day before the CIN plan ends", cpp("2024-08-31", cin: ("2024-06-01", "2024-09-01"))),
    RuleCase.fires("starts the day the CIN plan starts", cpp("2024-06-01", cin: ("2024-06-01", "2024-09-01"))),
    RuleCase.fires("open CIN plan, starts on the reference date", cpp("2025-03-31", cin: ("2024-06-01", nil))),
    RuleCase.fires("CIN plan end blank", cpp("2024-12-26", cin: ("2024-06-01", ""))),
    RuleCase.fires(
      "CIN plan in another episode",
      R4000.twoEpisodes(
        (cin: [R4000.cinPlan("2024-06-01", nil)], cpp: []), (cin: [], cpp: [R4000.protectionPlan("2024-07-01", nil)]))),
    RuleCase.fires("open CIN plan in 2023/24", cpp("2024-03-31", cin: ("2023-06-01", nil)), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(ProtectionPlanStartDuringCINPlan.self, c.child, reference: c.reference) == c.count)
  }

  @Test func namesTheProtectionStartThenTheCINPlan() {
    let found = findings(
      ProtectionPlanStartDuringCINPlan.self, Self.cpp("2024-08-31", cin: ("2024-06-01", "2024-09-01")))
    #expect(found.map(\.field) == ["CPPstartDate", "CINPlanStartDate", "CINPlanEndDate"])
    #expect(found.map(\.line) == [20, 10, 10])
    #expect(Set(found.map(\.issueID)).count == 1)
  }
}
