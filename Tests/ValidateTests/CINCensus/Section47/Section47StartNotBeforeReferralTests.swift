import SafeguardCore
import Testing

@testable import Validate

struct Section47StartNotBeforeReferralTests {
  static func enquiry(referral: String?, _ start: String?) -> CensusChild {
    child(referral: referral) { e in e.section47s = [Ids.section47(start: start)] }
  }

  @Test(arguments: [
    RuleCase.passes("started on the referral day", enquiry(referral: "2024-05-01", "2024-05-01")),
    RuleCase.passes("started the day after", enquiry(referral: "2024-05-01", "2024-05-02")),
    RuleCase.fires("started the day before", enquiry(referral: "2024-05-01", "2024-04-30")),
    RuleCase.fires("started 31 March, referred 1 April", enquiry(referral: "2024-04-01", "2024-03-31")),
    RuleCase.passes("start absent", enquiry(referral: "2024-05-01", nil)),
    RuleCase.passes("start blank", enquiry(referral: "2024-05-01", "")),
    RuleCase.passes("referral blank", enquiry(referral: "", "2024-04-30")),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(Section47StartNotBeforeReferral.self, c.child, reference: c.reference) == c.count)
  }
}
