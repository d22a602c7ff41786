import SafeguardCore
import Testing

@testable import Validate

struct CINEpisodesDoNotOverlapTests {
  /// A first episode referred 1 May 2024 and closed on `closure`, then one referred on `second`.
  static func after(closure: String?, nfa: String? = "false", second: String) -> CensusChild {
    R8820.child([
      R8820.episode(line: 2, referral: "2024-05-01", closure: closure, nfa: nfa),
      R8820.episode(line: 10, referral: second, closure: nil, nfa: "false"),
    ])
  }

  @Test(arguments: [
    RuleCase.passes("one episode", R8820.child([R8820.episode()])),
    RuleCase.passes("referred the day the previous episode closed", after(closure: "2024-06-01", second: "2024-06-01")),
    RuleCase.passes("referred the day after it closed", after(closure: "2024-06-01", second: "2024-06-02")),
    RuleCase.fires("referred the day before it closed", after(closure: "2024-06-01", second: "2024-05-31")),
    RuleCase.fires("referred the same day as the other", after(closure: "2024-06-01", second: "2024-05-01")),
    RuleCase.passes(
      "referred the day before the other (which is still open, NFA false, but starts later)",
      R8820.child([
        R8820.episode(line: 2, referral: "2024-05-01", closure: "2024-05-02", nfa: "false"),
        R8820.episode(line: 10, referral: "2024-04-30", closure: "2024-04-30", nfa: "false"),
      ])),
    RuleCase.fires(
      "open with NFA false, next referral on the reference date", after(closure: nil, second: "2025-03-31")),
    RuleCase.fires("open with NFA 0", after(closure: nil, nfa: "0", second: "2024-09-01")),
    RuleCase.fires("open with closure blank", after(closure: "", second: "2024-09-01")),
    RuleCase.passes("open with NFA true", after(closure: nil, nfa: "true", second: "2024-09-01")),
    RuleCase.passes("open with NFA absent", after(closure: nil, nfa: nil, second: "2024-09-01")),
    RuleCase.passes("open with NFA unreadable", after(closure: nil, nfa: "yes", second: "2024-09-01")),
    RuleCase.passes("closure unreadable", after(closure: "01/06/2024", second: "2024-05-31")),
    RuleCase.passes("second referral unreadable", after(closure: "2024-06-01", second: "31/05/2024")),
    RuleCase.passes("second referral after the reference date", after(closure: nil, second: "2025-04-01")),
    RuleCase.fires(
      "2023/24: open since May, next referral on 31 March",
      R8820.child([
        R8820.episode(line: 2, referral: "2023-05-01", nfa: "false"),
        R8820.episode(line: 10, referral: "2024-03-31", closure: "2024-03-31", nfa: "false"),
      ]), reference: "2024-03-31"),
    RuleCase.passes(
      "2023/24: next referral 1 April, after the reference date",
      R8820.child([
        R8820.episode(line: 2, referral: "2023-05-01", nfa: "false"),
        R8820.episode(line: 10, referral: "2024-04-01", closure: "2024-04-02", nfa: "false"),
      ]), reference: "2024-03-31"),
    RuleCase.fires(
      "three nested episodes overlap in three pairs",
      R8820.child([
        R8820.episode(line: 2, referral: "2024-05-01", closure: "2024-09-01"),
        R8820.episode(line: 10, referral: "2024-06-01", closure: "2024-07-01"),
        R8820.episode(line: 20, referral: "2024-06-15", closure: "2024-06-20"),
      ]), times: 3),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(CINEpisodesDoNotOverlap.self, c.child, reference: c.reference) == c.count)
  }

  @Test func laterReferralIsReportedAndLinkedToTheOpenEpisode() {
    let found = findings(CINEpisodesDoNotOverlap.self, Self.after(closure: "2024-06-01", second: "2024-05-31"))
    #expect(found.map(\.field) == ["CINreferralDate", "CINreferralDate", "CINclosureDate"])
    #expect(found.map(\.line) == [10, 2, 2])
    #expect(found.map(\.value) == ["2024-05-31", "2024-05-01", "2024-06-01"])
    #expect(Set(found.map(\.issueID)).count == 1)
  }
}
