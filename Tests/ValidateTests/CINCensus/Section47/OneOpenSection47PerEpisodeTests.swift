import SafeguardCore
import Testing

@testable import Validate

struct OneOpenSection47PerEpisodeTests {
  static func enquiries(_ list: [(icpc: String?, notRequired: String?)]) -> CensusChild {
    R8820.child { e in
      e.section47s = list.enumerated().map { i, s in
        R8820.section47(line: Int32(4 + i), start: "2024-05-0\(i + 1)", icpc: s.icpc, notRequired: s.notRequired)
      }
    }
  }

  @Test(arguments: [
    RuleCase.passes("one open", enquiries([(nil, nil)])),
    RuleCase.fires("two open", enquiries([(nil, nil), (nil, "false")])),
    RuleCase.fires("two open, conference blank and not required 0", enquiries([("", "0"), (nil, nil)])),
    RuleCase.fires("three open: one issue", enquiries([(nil, nil), (nil, nil), (nil, nil)])),
    RuleCase.fires("not required unreadable counts as open", enquiries([(nil, "Y"), (nil, nil)])),
    RuleCase.passes("one open, one held", enquiries([(nil, nil), ("2024-05-20", nil)])),
    RuleCase.passes("one open, one not required", enquiries([(nil, nil), (nil, "true")])),
    RuleCase.passes("one open, one not required 1", enquiries([(nil, nil), (nil, "1")])),
    RuleCase.passes("one open, one conference unreadable", enquiries([(nil, nil), ("20/05/2024", nil)])),
    RuleCase.passes(
      "one open in each of two episodes",
      R8820.child([
        R8820.episode(line: 2) { $0.section47s = [R8820.section47(line: 4)] },
        R8820.episode(line: 10) { $0.section47s = [R8820.section47(line: 11)] },
      ])),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(OneOpenSection47PerEpisode.self, c.child, reference: c.reference) == c.count)
  }

  @Test func eachOpenEnquiryIsNamed() {
    let found = findings(
      OneOpenSection47PerEpisode.self, Self.enquiries([(nil, nil), ("2024-05-20", nil), (nil, nil)]))
    #expect(found.map(\.line) == [4, 6])
    #expect(found.allSatisfy { $0.field == "DateOfInitialCPC" })
  }
}
