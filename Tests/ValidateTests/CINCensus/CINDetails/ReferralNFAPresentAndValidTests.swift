import SafeguardCore
import Testing

@testable import Validate

struct ReferralNFAPresentAndValidTests {
  static func flagged(_ flag: String?) -> CensusChild {
    child(referral: "2024-05-01") { $0.referralNFA = bool(flag) }
  }

  @Test(arguments: [
    RuleCase.passes("true", flagged("true")),
    RuleCase.passes("false", flagged("false")),
    RuleCase.passes("1", flagged("1")),
    RuleCase.passes("0", flagged("0")),
    RuleCase.passes("upper case, as the reader reads it", flagged("TRUE")),
    RuleCase.fires("absent", flagged(nil)),
    RuleCase.fires("blank", flagged("")),
    RuleCase.fires("2", flagged("2")),
    RuleCase.fires("yes", flagged("yes")),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(ReferralNFAPresentAndValid.self, c.child, reference: c.reference) == c.count)
  }

  @Test func absentFlagPointsAtTheEpisode() {
    let found = findings(ReferralNFAPresentAndValid.self, Self.flagged(nil))
    #expect(found.map(\.line) == [2])
    #expect(found.map(\.field) == ["ReferralNFA"])
  }
}
