import SafeguardCore
import Testing

@testable import Validate

struct Section47HasAssessmentTests {
  static func episode(s47: Int, assessments: Int) -> CensusChild {
    child(referral: "2024-05-01") { e in
      e.section47s = (0..<s47).map { _ in Ids.section47() }
      e.assessments = (0..<assessments).map { _ in Ids.assessment(start: nil) }
    }
  }

  @Test(arguments: [
    RuleCase.fires("Section 47 without an assessment", episode(s47: 1, assessments: 0)),
    RuleCase.fires("two Section 47s without an assessment are one issue", episode(s47: 2, assessments: 0)),
    RuleCase.passes("Section 47 with an assessment", episode(s47: 1, assessments: 1)),
    RuleCase.passes("no Section 47", episode(s47: 0, assessments: 0)),
    RuleCase.fires(
      "two episodes without assessments",
      child("CHILD1") { c in
        var a = CensusEpisode(line: 2)
        a.section47s = [Ids.section47()]
        var b = CensusEpisode(line: 10)
        b.section47s = [Ids.section47(line: 11)]
        c.episodes = [a, b]
      }, times: 2),
    RuleCase.passes(
      "assessment without a Section 47",
      child("CHILD1") { c in
        var a = CensusEpisode(line: 2)
        a.assessments = [Ids.assessment(start: nil)]
        c.episodes = [a]
      }),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(Section47HasAssessment.self, c.child, reference: c.reference) == c.count)
  }
}
