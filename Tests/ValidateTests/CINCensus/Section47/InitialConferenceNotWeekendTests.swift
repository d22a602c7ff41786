import SafeguardCore
import Testing

@testable import Validate

struct InitialConferenceNotWeekendTests {
  static func held(_ day: String?) -> CensusChild {
    R8820.child { $0.section47s = [R8820.section47(start: "2024-05-10", icpc: day)] }
  }

  @Test(arguments: [
    RuleCase.passes("Friday 31 May 2024", held("2024-05-31")),
    RuleCase.fires("Saturday 1 June 2024", held("2024-06-01")),
    RuleCase.fires("Sunday 2 June 2024", held("2024-06-02")),
    RuleCase.passes("Monday 3 June 2024", held("2024-06-03")),
    RuleCase.passes("bank holiday Monday 6 May 2024", held("2024-05-06")),
    RuleCase.passes("Boxing Day 2024, a Thursday", held("2024-12-26")),
    RuleCase.passes("no conference", held(nil)),
    RuleCase.passes("conference blank", held("")),
    RuleCase.passes("conference unreadable", held("01/06/2024")),
    RuleCase.passes(
      "episode-level conference on a Saturday is not this rule's",
      R8820.child { $0.dateOfInitialCPC = date("2024-06-01") }),
    RuleCase.fires("2023/24: Sunday 31 March 2024", held("2024-03-31"), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(InitialConferenceNotWeekend.self, c.child, reference: c.reference) == c.count)
  }

  @Test func reportedAtTheConferenceDate() {
    let found = findings(InitialConferenceNotWeekend.self, Self.held("2024-06-02"))
    #expect(found.map(\.field) == ["DateOfInitialCPC"])
    #expect(found.map(\.value) == ["2024-06-02"])
  }
}
