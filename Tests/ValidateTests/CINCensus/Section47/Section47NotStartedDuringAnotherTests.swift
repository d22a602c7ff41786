import SafeguardCore
import Testing

@testable import Validate

struct Section47NotStartedDuringAnotherTests {
  /// An enquiry from 1 May 2024 to conference `icpc`, then one starting on `second`, in one episode.
  static func then(
    icpc: String?, notRequired: String? = nil, second: String?, secondICPC: String? = "2024-12-02"
  )
    -> CensusChild
  {
    R8820.child { e in
      e.section47s = [
        R8820.section47(line: 4, start: "2024-05-01", icpc: icpc, notRequired: notRequired),
        R8820.section47(line: 8, start: second, icpc: secondICPC),
      ]
    }
  }

  @Test(arguments: [
    RuleCase.passes("one enquiry", R8820.child { $0.section47s = [R8820.section47()] }),
    RuleCase.fires("starts the day of the other's conference", then(icpc: "2024-06-03", second: "2024-06-03")),
    RuleCase.passes("starts the day after", then(icpc: "2024-06-03", second: "2024-06-04")),
    RuleCase.fires("starts the same day as the other", then(icpc: "2024-06-03", second: "2024-05-01")),
    RuleCase.fires("other open, starts on the reference date", then(icpc: nil, second: "2025-03-31", secondICPC: nil)),
    RuleCase.fires("other open with not required false", then(icpc: nil, notRequired: "false", second: "2024-09-02")),
    RuleCase.fires("other's conference blank", then(icpc: "", second: "2024-09-02")),
    RuleCase.passes("other not required: over", then(icpc: nil, notRequired: "true", second: "2024-09-02")),
    RuleCase.passes("other not required 1", then(icpc: nil, notRequired: "1", second: "2024-09-02")),
    RuleCase.passes("starts after the reference date", then(icpc: nil, second: "2025-04-01", secondICPC: nil)),
    RuleCase.passes("other's conference unreadable", then(icpc: "03/06/2024", second: "2024-05-20")),
    RuleCase.passes("start unreadable", then(icpc: "2024-06-03", second: "20/05/2024")),
    RuleCase.passes(
      "enquiries in different episodes (the public code compares these)",
      R8820.child([
        R8820.episode(line: 2) { $0.section47s = [R8820.section47(line: 4, icpc: "2024-06-03")] },
        R8820.episode(line: 10, referral: "2024-05-15") {
          $0.section47s = [R8820.section47(line: 11, start: "2024-05-20")]
        },
      ])),
    RuleCase.fires(
      "2023/24: other open, starts 31 March",
      R8820.child { e in
        e.section47s = [R8820.section47(start: "2023-05-01"), R8820.section47(line: 8, start: "2024-03-31")]
      }, reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(Section47NotStartedDuringAnother.self, c.child, reference: c.reference) == c.count)
  }

  @Test func laterStartIsLinkedToTheOngoingEnquiry() {
    let found = findings(Section47NotStartedDuringAnother.self, Self.then(icpc: "2024-06-03", second: "2024-05-20"))
    #expect(found.map(\.field) == ["S47ActualStartDate", "S47ActualStartDate", "DateOfInitialCPC"])
    #expect(found.map(\.line) == [8, 4, 4])
  }
}
