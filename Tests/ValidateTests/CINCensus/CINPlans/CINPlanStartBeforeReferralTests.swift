import SafeguardCore
import Testing

@testable import Validate

struct CINPlanStartBeforeReferralTests {
  static func plan(referral: String?, start: String?) -> CensusChild {
    R4000.child(referral: referral, cin: [R4000.cinPlan(start, nil)])
  }

  @Test(arguments: [
    RuleCase.passes("starts on the referral day", plan(referral: "2024-05-01", start: "2024-05-01")),
    RuleCase.passes("starts the day after", plan(referral: "2024-05-01", start: "2024-05-02")),
    RuleCase.passes("no referral date", plan(referral: nil, start: "2024-05-01")),
    RuleCase.passes("referral blank", plan(referral: "", start: "2024-05-01")),
    RuleCase.passes("start unreadable", plan(referral: "2024-05-01", start: "30.04.2024")),
    RuleCase.passes(
      "a plan is compared with its own episode's referral",
      R4000.twoEpisodes(
        (cin: [R4000.cinPlan("2024-04-10", nil)], cpp: []), (cin: [], cpp: []), secondReferral: "2024-06-01")),
    RuleCase.fires("starts the day before the referral", plan(referral: "2024-05-01", start: "2024-04-30")),
    RuleCase.fires("starts 31 March, referral 1 April", plan(referral: "2024-04-01", start: "2024-03-31")),
    RuleCase.fires(
      "before the referral in 2023/24", plan(referral: "2023-05-01", start: "2023-04-30"), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(CINPlanStartBeforeReferral.self, c.child, reference: c.reference) == c.count)
  }

  @Test func namesTheStartAndTheReferral() {
    let found = findings(CINPlanStartBeforeReferral.self, Self.plan(referral: "2024-05-01", start: "2024-04-30"))
    #expect(found.map(\.field) == ["CINPlanStartDate", "CINreferralDate"])
    #expect(found.map(\.value) == ["2024-04-30", "2024-05-01"])
  }
}
