import SafeguardCore
import Testing

@testable import Validate

struct ReferralSourceValidTests {
  static func referred(_ referral: String?, source: String?) -> CensusChild {
    R8820.child([R8820.episode(referral: referral) { $0.referralSource = text(source) }])
  }

  @Test(arguments: [
    RuleCase.passes("1A", referred("2024-05-01", source: "1A")),
    RuleCase.passes("10", referred("2024-05-01", source: "10")),
    RuleCase.passes("5d in lower case", referred("2024-05-01", source: "5d")),
    RuleCase.fires("1E is not a code", referred("2024-05-01", source: "1E")),
    RuleCase.fires("11 is not a code", referred("2024-05-01", source: "11")),
    RuleCase.fires("source blank", referred("2024-05-01", source: "")),
    RuleCase.fires("source absent", referred("2024-05-01", source: nil)),
    RuleCase.fires("referred 1 April 2013 with no source", referred("2013-04-01", source: nil)),
    RuleCase.passes("referred 31 March 2013 with no source", referred("2013-03-31", source: nil)),
    RuleCase.passes("referral unreadable", referred("01/05/2024", source: nil)),
    RuleCase.passes("referral absent", referred(nil, source: nil)),
    RuleCase.fires("2023/24: source absent", referred("2023-05-01", source: nil), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(ReferralSourceValid.self, c.child, reference: c.reference) == c.count)
  }

  @Test func absentSourcePointsAtTheEpisode() {
    let found = findings(ReferralSourceValid.self, Self.referred("2024-05-01", source: nil))
    #expect(found.map(\.field) == ["ReferralSource", "CINreferralDate"])
    #expect(found.first?.line == 2)
    #expect(found.first?.value == nil)
  }
}
