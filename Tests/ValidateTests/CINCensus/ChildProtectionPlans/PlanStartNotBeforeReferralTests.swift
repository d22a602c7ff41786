import SafeguardCore
import Testing

@testable import Validate

struct PlanStartNotBeforeReferralTests {
  static func planned(referral: String?, _ start: String?) -> CensusChild {
    child(referral: referral) { e in e.plans = [Ids.plan(start: start)] }
  }

  @Test(arguments: [
    RuleCase.passes("started on the referral day", planned(referral: "2024-05-01", "2024-05-01")),
    RuleCase.passes("started the day after", planned(referral: "2024-05-01", "2024-05-02")),
    RuleCase.fires("started the day before", planned(referral: "2024-05-01", "2024-04-30")),
    RuleCase.fires("started 31 March, referred 1 April", planned(referral: "2024-04-01", "2024-03-31")),
    RuleCase.passes("start absent", planned(referral: "2024-05-01", nil)),
    RuleCase.passes("start unreadable", planned(referral: "2024-05-01", "2024-02-30")),
    RuleCase.passes("referral absent", planned(referral: nil, "2024-04-30")),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(PlanStartNotBeforeReferral.self, c.child, reference: c.reference) == c.count)
  }
}
