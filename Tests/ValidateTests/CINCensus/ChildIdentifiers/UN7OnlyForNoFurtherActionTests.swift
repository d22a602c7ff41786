import SafeguardCore
import Testing

@testable import Validate

struct UN7OnlyForNoFurtherActionTests {
  static func unknown(_ reason: String?, _ nfa: [String?]) -> CensusChild {
    child(episodes: nfa.enumerated().map { i, v in episode(line: Int32(2 + 10 * i), nfa: v) }) { c in
      c.upnUnknown = text(reason, line: 1)
    }
  }

  @Test(arguments: [
    RuleCase.passes("UN7, every referral NFA", unknown("UN7", ["true", "1"])),
    RuleCase.passes("UN6 with further action", unknown("UN6", ["false"])),
    RuleCase.passes("no reason, further action", unknown(nil, ["false"])),
    RuleCase.passes("UN7, ReferralNFA unreadable", unknown("UN7", ["yes"])),
    RuleCase.passes("UN7, no episodes", unknown("UN7", [])),
    RuleCase.fires("UN7, one referral going on", unknown("UN7", ["true", "false"])),
    RuleCase.fires("lower case un7, 0", unknown("un7", ["0"])),
    RuleCase.fires("UN7, ReferralNFA absent", unknown("UN7", [nil])),
    RuleCase.fires("UN7, ReferralNFA blank", unknown("UN7", [""])),
    RuleCase.fires("UN7, two going on: one issue", unknown("UN7", ["false", "0"])),
    RuleCase.fires("2023/24: UN7, false", unknown("UN7", ["false"]), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(UN7OnlyForNoFurtherAction.self, c.child, reference: c.reference) == c.count)
  }

  @Test func namesTheReasonAndEachEpisode() {
    let found = findings(UN7OnlyForNoFurtherAction.self, Self.unknown("UN7", ["false", "true", "0"]))
    #expect(found.map(\.field) == ["UPNunknown", "ReferralNFA", "ReferralNFA"])
    #expect(found.map(\.line) == [1, 6, 26])
  }
}
