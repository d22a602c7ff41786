import SafeguardCore
import Testing

@testable import Validate

struct OneOpenAssessmentPerEpisodeTests {
  static func assessed(_ authorisations: [String?]) -> CensusChild {
    R8820.child { e in
      e.assessments = authorisations.enumerated().map { i, a in
        R8820.assessment(line: Int32(3 + i), start: "2024-05-0\(i + 1)", authorised: a)
      }
    }
  }

  @Test(arguments: [
    RuleCase.passes("one open", assessed([nil])),
    RuleCase.passes("one open, one authorised", assessed([nil, "2024-05-20"])),
    RuleCase.fires("two open", assessed([nil, nil])),
    RuleCase.fires("one absent, one blank", assessed([nil, ""])),
    RuleCase.fires("three open: one issue", assessed([nil, nil, ""])),
    RuleCase.passes("one open, one unreadable", assessed([nil, "20/05/2024"])),
    RuleCase.passes(
      "one open in each of two episodes",
      R8820.child([
        R8820.episode(line: 2) { $0.assessments = [R8820.assessment(line: 3)] },
        R8820.episode(line: 10) { $0.assessments = [R8820.assessment(line: 11)] },
      ])),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(OneOpenAssessmentPerEpisode.self, c.child, reference: c.reference) == c.count)
  }

  @Test func eachOpenAssessmentIsNamed() {
    let found = findings(OneOpenAssessmentPerEpisode.self, Self.assessed([nil, "2024-05-20", nil]))
    #expect(found.map(\.line) == [3, 5])
    #expect(Set(found.map(\.issueID)).count == 1)
  }
}
