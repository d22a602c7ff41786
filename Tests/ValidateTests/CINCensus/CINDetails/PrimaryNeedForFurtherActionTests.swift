import SafeguardCore
import Testing

@testable import Validate

struct PrimaryNeedForFurtherActionTests {
  static func episode(nfa: String?, need: String?) -> CensusChild {
    child(referral: "2024-05-01") {
      $0.referralNFA = bool(nfa)
      $0.primaryNeed = text(need)
    }
  }

  @Test(arguments: [
    RuleCase.passes("further action with a need code", episode(nfa: "false", need: "N1")),
    RuleCase.fires("further action, need absent", episode(nfa: "false", need: nil)),
    RuleCase.fires("further action flagged 0, need blank", episode(nfa: "0", need: "")),
    RuleCase.passes("further action, need code invalid (another rule's)", episode(nfa: "false", need: "N99")),
    RuleCase.passes("no further action, no need", episode(nfa: "true", need: nil)),
    RuleCase.passes("flag missing", episode(nfa: nil, need: nil)),
    RuleCase.passes("flag unreadable", episode(nfa: "no", need: nil)),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(PrimaryNeedForFurtherAction.self, c.child, reference: c.reference) == c.count)
  }

  @Test func absentNeedPointsAtTheEpisode() {
    let found = findings(PrimaryNeedForFurtherAction.self, Self.episode(nfa: "false", need: nil))
    #expect(found.map(\.field) == ["PrimaryNeedCode", "ReferralNFA"])
    #expect(found.map(\.line) == [2, 1])
  }
}
