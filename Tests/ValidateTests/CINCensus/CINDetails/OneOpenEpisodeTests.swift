import SafeguardCore
import Testing

@testable import Validate

struct OneOpenEpisodeTests {
  static func episodes(_ list: [(closed: String?, nfa: String?)]) -> CensusChild {
    child(
      episodes: list.enumerated().map { i, e in
        episode(line: Int32(2 + 10 * i), referral: "2024-0\(4 + i)-01", closed: e.closed, nfa: e.nfa)
      })
  }

  @Test(arguments: [
    RuleCase.passes("one open episode", episodes([(nil, "false")])),
    RuleCase.passes("one open, one closed", episodes([("2024-05-20", "false"), (nil, "false")])),
    RuleCase.passes("two open, one a referral with no further action", episodes([(nil, "true"), (nil, "0")])),
    RuleCase.passes("two open referrals with no further action", episodes([(nil, "true"), (nil, "1")])),
    RuleCase.passes("all closed", episodes([("2024-05-20", "false"), ("2024-06-20", "false")])),
    RuleCase.passes("second open episode's ReferralNFA absent", episodes([(nil, "false"), (nil, nil)])),
    RuleCase.fires("two open going on to further action", episodes([(nil, "false"), (nil, "0")])),
    RuleCase.fires("closure blank on one", episodes([("", "false"), (nil, "FALSE")])),
    RuleCase.fires("three open: one issue", episodes([(nil, "false"), (nil, "false"), (nil, "0")])),
    RuleCase.fires("two open in 2023/24", episodes([(nil, "false"), (nil, "false")]), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(OneOpenEpisode.self, c.child, reference: c.reference) == c.count)
  }

  @Test func namesEachOpenEpisode() {
    let found = findings(OneOpenEpisode.self, Self.episodes([(nil, "false"), ("2024-06-01", "false"), (nil, "0")]))
    #expect(found.map(\.line) == [2, 22])
    #expect(Set(found.map(\.issueID)).count == 1)
  }
}
