import SafeguardCore
import Testing

@testable import Validate

struct ClosedEpisodeSection47sCompletedTests {
  static func closed(_ closure: String?, _ enquiries: [CensusSection47]) -> CensusChild {
    R8820.child([R8820.episode(closure: closure) { $0.section47s = enquiries }])
  }

  @Test(arguments: [
    RuleCase.passes("closed, conference held", closed("2024-06-01", [R8820.section47(icpc: "2024-05-20")])),
    RuleCase.passes("closed, conference not required", closed("2024-06-01", [R8820.section47(notRequired: "true")])),
    RuleCase.passes("closed, not required 1", closed("2024-06-01", [R8820.section47(notRequired: "1")])),
    RuleCase.passes(
      "closed, both held and not required (DfE: either)",
      closed("2024-06-01", [R8820.section47(icpc: "2024-05-20", notRequired: "true")])),
    RuleCase.fires("closed, neither", closed("2024-06-01", [R8820.section47()])),
    RuleCase.fires("closed, not required false", closed("2024-06-01", [R8820.section47(notRequired: "false")])),
    RuleCase.fires(
      "closed, conference blank, not required 0", closed("2024-06-01", [R8820.section47(icpc: "", notRequired: "0")])),
    RuleCase.fires("closed, not required unreadable", closed("2024-06-01", [R8820.section47(notRequired: "Y")])),
    RuleCase.passes(
      "closed, conference unreadable is written", closed("2024-06-01", [R8820.section47(icpc: "20/05/2024")])),
    RuleCase.fires(
      "closed, two open enquiries: two issues",
      closed("2024-06-01", [R8820.section47(line: 4), R8820.section47(line: 8, start: "2024-05-20")]), times: 2),
    RuleCase.passes("closed, no Section 47", closed("2024-06-01", [])),
    RuleCase.passes("open episode", closed(nil, [R8820.section47()])),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(ClosedEpisodeSection47sCompleted.self, c.child, reference: c.reference) == c.count)
  }

  @Test func linksTheClosureToTheEnquiry() {
    let found = findings(ClosedEpisodeSection47sCompleted.self, Self.closed("2024-06-01", [R8820.section47(line: 9)]))
    #expect(found.map(\.field) == ["CINclosureDate", "DateOfInitialCPC", "ICPCnotRequired"])
    #expect(found.map(\.line) == [2, 9, 9])
  }
}
