import SafeguardCore
import Testing

@testable import Validate

struct CINPlanStartDuringProtectionPlanTests {
  static func cin(_ start: String?, cpp: (String?, String?)) -> CensusChild {
    R4000.child(cin: [R4000.cinPlan(start, nil, line: 10)], cpp: [R4000.protectionPlan(cpp.0, cpp.1, line: 20)])
  }

  @Test(arguments: [
    RuleCase.passes("starts the day the protection plan ends", cin("2024-09-01", cpp: ("2024-06-01", "2024-09-01"))),
    RuleCase.passes("starts the day before the protection plan", cin("2024-05-31", cpp: ("2024-06-01", "2024-09-01"))),
    RuleCase.passes("starts after the reference date", cin("2025-04-01", cpp: ("2024-06-01", nil))),
    RuleCase.passes("protection plan end unreadable", cin("2024-07-01", cpp: ("2024-06-01", "01/09/2024"))),
    RuleCase.passes("protection plan has no start", cin("2024-07-01", cpp: (nil, "2024-09-01"))),
    RuleCase.passes("CIN plan has no start", cin(nil, cpp: ("2024-06-01", nil))),
    RuleCase.fires(
      "starts the day before the protection plan ends", cin("2024-08-31", cpp: ("2024-06-01", "2024-09-01"))),
    RuleCase.fires("starts the day the protection plan starts", cin("2024-06-01", cpp: ("2024-06-01", "2024-09-01"))),
    RuleCase.fires("open protection plan, starts on the reference date", cin("2025-03-31", cpp: ("2024-06-01", nil))),
    RuleCase.fires("protection plan end blank", cin("2024-12-25", cpp: ("2024-06-01", ""))),
    RuleCase.fires(
      "protection plan in another episode",
      R4000.twoEpisodes(
        (cin: [R4000.cinPlan("2024-07-01", nil)], cpp: []), (cin: [], cpp: [R4000.protectionPlan("2024-06-01", nil)]))),
    RuleCase.fires(
      "open protection plan in 2023/24", cin("2024-03-31", cpp: ("2023-06-01", nil)), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(CINPlanStartDuringProtectionPlan.self, c.child, reference: c.reference) == c.count)
  }

  @Test func namesTheCINStartThenTheProtectionPlan() {
    let found = findings(
      CINPlanStartDuringProtectionPlan.self, Self.cin("2024-08-31", cpp: ("2024-06-01", "2024-09-01")))
    #expect(found.map(\.field) == ["CINPlanStartDate", "CPPstartDate", "CPPendDate"])
    #expect(found.map(\.line) == [10, 20, 20])
    #expect(Set(found.map(\.issueID)).count == 1)
  }
}
