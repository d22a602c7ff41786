import SafeguardCore
import Testing

@testable import Validate

struct OpenCINPlanDuringOpenProtectionPlanTests {
  static func plans(cinEnd: String?, cppEnd: String?) -> CensusChild {
    R4000.child(
      cin: [R4000.cinPlan("2024-05-01", cinEnd, line: 10)], cpp: [R4000.protectionPlan("2024-06-01", cppEnd, line: 20)])
  }

  @Test(arguments: [
    RuleCase.passes("CIN plan ended", plans(cinEnd: "2024-05-31", cppEnd: nil)),
    RuleCase.passes("protection plan ended", plans(cinEnd: nil, cppEnd: "2024-09-01")),
    RuleCase.passes("both ended", plans(cinEnd: "2024-05-31", cppEnd: "2024-09-01")),
    RuleCase.passes("CIN plan end unreadable counts as given", plans(cinEnd: "31/05/2024", cppEnd: nil)),
    RuleCase.passes(
      "open plans in different episodes",
      R4000.twoEpisodes(
        (cin: [R4000.cinPlan("2024-05-01", nil)], cpp: []),
        (cin: [], cpp: [R4000.protectionPlan("2024-06-01", nil)]))),
    RuleCase.fires("both open (absent)", plans(cinEnd: nil, cppEnd: nil)),
    RuleCase.fires("both open (blank)", plans(cinEnd: "", cppEnd: "")),
    RuleCase.fires("both open in 2023/24", plans(cinEnd: nil, cppEnd: nil), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(OpenCINPlanDuringOpenProtectionPlan.self, c.child, reference: c.reference) == c.count)
  }

  @Test func namesBothOpenEndsAsOneIssue() {
    let found = findings(OpenCINPlanDuringOpenProtectionPlan.self, Self.plans(cinEnd: nil, cppEnd: nil))
    #expect(found.map(\.field) == ["CINPlanEndDate", "CPPendDate"])
    #expect(found.map(\.line) == [10, 20])
    #expect(Set(found.map(\.issueID)).count == 1)
  }
}
