import SafeguardCore
import Testing

@testable import Validate

struct InitialConferenceNotBeforeReferralTests {
  static func conference(referral: String?, episode: String? = nil, s47: [String?] = []) -> CensusChild {
    child(referral: referral) { e in
      e.dateOfInitialCPC = date(episode)
      e.section47s = s47.map { Ids.section47(icpc: $0) }
    }
  }

  @Test(arguments: [
    RuleCase.passes("S47 conference on the referral day", conference(referral: "2024-05-01", s47: ["2024-05-01"])),
    RuleCase.passes("S47 conference the day after", conference(referral: "2024-05-01", s47: ["2024-05-02"])),
    RuleCase.fires("S47 conference the day before", conference(referral: "2024-05-01", s47: ["2024-04-30"])),
    RuleCase.fires("episode conference the day before", conference(referral: "2024-05-01", episode: "2024-04-30")),
    RuleCase.passes(
      "episode conference on the referral day", conference(referral: "2024-05-01", episode: "2024-05-01")),
    RuleCase.fires(
      "both levels before are two issues",
      conference(referral: "2024-04-01", episode: "2024-03-31", s47: ["2024-03-31"]), times: 2),
    RuleCase.passes("conference blank", conference(referral: "2024-05-01", s47: [""])),
    RuleCase.passes("conference unreadable", conference(referral: "2024-05-01", episode: "30/04/2024")),
    RuleCase.passes("referral absent", conference(referral: nil, s47: ["2024-04-30"])),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(InitialConferenceNotBeforeReferral.self, c.child, reference: c.reference) == c.count)
  }
}
