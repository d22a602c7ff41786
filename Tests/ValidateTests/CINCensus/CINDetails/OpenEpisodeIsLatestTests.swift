import SafeguardCore
import Testing

@testable import Validate

struct OpenEpisodeIsLatestTests {
  static func episodes(_ list: [(referral: String?, closed: String?, nfa: String?)]) -> CensusChild {
    child(
      episodes: list.enumerated().map { i, e in
        episode(line: Int32(2 + 10 * i), referral: e.referral, closed: e.closed, nfa: e.nfa)
      })
  }

  @Test(arguments: [
    RuleCase.passes(
      "open episode is the latest", episodes([("2024-05-01", "2024-05-10", "false"), ("2024-06-01", nil, "false")])),
    RuleCase.passes(
      "open episode on the same day as the other",
      episodes([("2024-06-01", "2024-06-01", "true"), ("2024-06-01", nil, "false")])),
    RuleCase.passes(
      "earlier open episode is NFA", episodes([("2024-05-01", nil, "true"), ("2024-06-01", "2024-06-20", "false")])),
    RuleCase.passes(
      "earlier episode is closed", episodes([("2024-05-01", "2024-05-02", "false"), ("2024-06-01", nil, "false")])),
    RuleCase.passes(
      "later referral unreadable", episodes([("2024-05-01", nil, "false"), ("01/06/2024", "2024-06-20", "false")])),
    RuleCase.passes(
      "open episode's referral date absent", episodes([(nil, nil, "false"), ("2024-06-01", "2024-06-20", "false")])),
    RuleCase.passes("only episode", episodes([("2024-05-01", nil, "false")])),
    RuleCase.fires(
      "open episode a day before a later one",
      episodes([("2024-05-31", nil, "false"), ("2024-06-01", "2024-06-20", "true")])),
    RuleCase.fires(
      "open on 31 March, later referral 1 April", episodes([("2024-03-31", nil, "0"), ("2024-04-01", nil, "true")])),
    RuleCase.fires(
      "two open before the latest",
      episodes([("2024-04-01", nil, "false"), ("2024-05-01", nil, "false"), ("2024-06-01", "2024-06-02", "false")]),
      times: 2),
    RuleCase.fires(
      "2023/24", episodes([("2023-05-01", nil, "false"), ("2023-06-01", "2023-06-20", "false")]),
      reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(OpenEpisodeIsLatest.self, c.child, reference: c.reference) == c.count)
  }

  @Test func namesTheOpenAndTheLatestReferral() {
    let found = findings(
      OpenEpisodeIsLatest.self, Self.episodes([("2024-05-01", nil, "false"), ("2024-06-01", "2024-06-20", "false")]))
    #expect(found.map(\.field) == ["CINreferralDate", "CINreferralDate"])
    #expect(found.map(\.value) == ["2024-05-01", "2024-06-01"])
    #expect(Set(found.map(\.issueID)).count == 1)
  }
}
