import SafeguardCore
import Testing

@testable import Validate

struct InitialConferenceTargetNotWeekendTests {
  static func target(_ day: String?) -> CensusChild {
    R8820.child { $0.section47s = [R8820.section47(start: "2024-05-10", target: day)] }
  }

  @Test(arguments: [
    RuleCase.passes("Friday 31 May 2024", target("2024-05-31")),
    RuleCase.fires("Saturday 1 June 2024", target("2024-06-01")),
    RuleCase.fires("Sunday 2 June 2024", target("2024-06-02")),
    RuleCase.passes("Monday 3 June 2024", target("2024-06-03")),
    RuleCase.passes("bank holiday Monday 27 May 2024", target("2024-05-27")),
    RuleCase.passes("Christmas Day 2024, a Wednesday", target("2024-12-25")),
    RuleCase.passes("target absent", target(nil)),
    RuleCase.passes("target blank", target("")),
    RuleCase.passes("target unreadable", target("01/06/2024")),
    RuleCase.fires("2023/24: Saturday 30 March 2024", target("2024-03-30"), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(InitialConferenceTargetNotWeekend.self, c.child, reference: c.reference) == c.count)
  }

  @Test func isAQueryAtTheTarget() {
    let found = findings(InitialConferenceTargetNotWeekend.self, Self.target("2024-06-01"))
    #expect(found.map(\.field) == ["InitialCPCtarget"])
    #expect(found.first?.rule.severity == .query)
  }
}
