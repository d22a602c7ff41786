import SafeguardCore
import Testing

@testable import Validate

struct NoFurtherActionOnlyForRecentReferralTests {
  static func referred(_ day: String?, nfa: String?) -> CensusChild {
    child(referral: day) { $0.referralNFA = bool(nfa) }
  }

  @Test(arguments: [
    // 2024/25: 1 April 2024 was Easter Monday and 29 March Good Friday, so the cut-off is Thursday 28 March.
    RuleCase.passes("NFA, referred on the cut-off day", referred("2024-03-28", nfa: "true")),
    RuleCase.fires("NFA, referred the day before the cut-off", referred("2024-03-27", nfa: "true")),
    RuleCase.passes("NFA, referred on Good Friday", referred("2024-03-29", nfa: "1")),
    RuleCase.passes("NFA, referred 1 April", referred("2024-04-01", nfa: "true")),
    RuleCase.fires("NFA flagged 1, referred long before", referred("2020-01-10", nfa: "1")),
    RuleCase.passes("further action, referred long before", referred("2020-01-10", nfa: "false")),
    RuleCase.passes("flag missing is 8568's", referred("2020-01-10", nfa: nil)),
    RuleCase.passes("flag unreadable is 8568's", referred("2020-01-10", nfa: "yes")),
    RuleCase.passes("referral date blank", referred("", nfa: "true")),
    // 2023/24: 1 April 2023 was a Saturday, so the cut-off is Friday 31 March 2023.
    RuleCase.passes("2023/24: NFA, referred Fri 31 Mar", referred("2023-03-31", nfa: "true"), reference: "2024-03-31"),
    RuleCase.fires("2023/24: NFA, referred Thu 30 Mar", referred("2023-03-30", nfa: "true"), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(NoFurtherActionOnlyForRecentReferral.self, c.child, reference: c.reference) == c.count)
  }
}
