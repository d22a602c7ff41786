import SafeguardCore
import Testing

@testable import Validate

struct ReferralNotAfterDeathTests {
  static func referred(_ referrals: [String?], died: String?) -> CensusChild {
    child {
      $0.deathDate = date(died)
      $0.episodes = referrals.map { r in
        var e = CensusEpisode(line: 2)
        e.referralDate = date(r)
        return e
      }
    }
  }

  @Test(arguments: [
    RuleCase.passes("referred the day of death", referred(["2024-06-01"], died: "2024-06-01")),
    RuleCase.passes("referred the day before", referred(["2024-05-31"], died: "2024-06-01")),
    RuleCase.fires("referred the day after", referred(["2024-06-02"], died: "2024-06-01")),
    RuleCase.fires("referred 1 April, died 31 March", referred(["2024-04-01"], died: "2024-03-31")),
    RuleCase.fires("two late referrals", referred(["2024-06-02", "2024-07-01"], died: "2024-06-01"), times: 2),
    RuleCase.passes("no death date", referred(["2024-06-02"], died: nil)),
    RuleCase.passes("death date blank", referred(["2024-06-02"], died: "")),
    RuleCase.passes("referral date unreadable", referred(["June 2024"], died: "2024-06-01")),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(ReferralNotAfterDeath.self, c.child, reference: c.reference) == c.count)
  }

  @Test func bothDatesAreNamed() {
    let found = findings(ReferralNotAfterDeath.self, Self.referred(["2024-06-02"], died: "2024-06-01"))
    #expect(found.map(\.field) == ["CINreferralDate", "PersonDeathDate"])
    #expect(found.map(\.value) == ["2024-06-02", "2024-06-01"])
  }
}
