import SafeguardCore
import Testing

@testable import Validate

struct InitialConferenceRecordedOnceTests {
  static func conference(episode: String?, s47: [String?]) -> CensusChild {
    child(referral: "2024-04-01") { e in
      e.dateOfInitialCPC = date(episode)
      e.section47s = s47.map { Ids.section47(icpc: $0) }
    }
  }

  @Test(arguments: [
    RuleCase.fires("same day on both levels", conference(episode: "2024-05-01", s47: ["2024-05-01"])),
    RuleCase.passes("a day apart", conference(episode: "2024-05-01", s47: ["2024-05-02"])),
    RuleCase.passes("only on the S47", conference(episode: nil, s47: ["2024-05-01"])),
    RuleCase.passes("only on the episode", conference(episode: "2024-05-01", s47: [nil])),
    RuleCase.passes("both blank", conference(episode: "", s47: [""])),
    RuleCase.fires(
      "two S47s on the episode's day", conference(episode: "2024-05-01", s47: ["2024-05-01", "2024-05-01"]),
      times: 2),
    RuleCase.passes(
      "same day on another episode",
      child("CHILD1") { c in
        var first = CensusEpisode(line: 2)
        first.dateOfInitialCPC = date("2024-05-01")
        var second = CensusEpisode(line: 10)
        second.section47s = [Ids.section47(icpc: "2024-05-01", line: 11)]
        c.episodes = [first, second]
      }),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(InitialConferenceRecordedOnce.self, c.child, reference: c.reference) == c.count)
  }
}
