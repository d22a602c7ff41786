import SafeguardCore
import Testing

@testable import Validate

struct ChildHasCINEpisodeTests {
  @Test(arguments: [
    RuleCase.passes("one episode", child(referral: "2024-05-01")),
    RuleCase.passes("an episode with nothing in it", child { $0.episodes = [CensusEpisode(line: 2)] }),
    RuleCase.fires("no episode", child()),
    RuleCase.fires("no episode and no identifier", child("") { $0.laChildID = .absent }),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(ChildHasCINEpisode.self, c.child, reference: c.reference) == c.count)
  }

  @Test func reportedAtTheIdentifier() {
    let found = findings(ChildHasCINEpisode.self, child("C9"))
    #expect(found.map(\.field) == ["LAchildID"])
    #expect(found.map(\.value) == ["C9"])
  }
}
