import SafeguardCore
import Testing

@testable import Validate

struct ReferralDatePresentAndNotAfterReferenceTests {
  static func referred(_ day: String?) -> CensusChild { child(referral: day) }

  @Test(arguments: [
    RuleCase.passes("referred on the reference date", referred("2025-03-31")),
    RuleCase.fires("referred the day after", referred("2025-04-01")),
    RuleCase.passes("referred years before", referred("2019-07-01")),
    RuleCase.passes("2023/24: referred 31 March 2024", referred("2024-03-31"), reference: "2024-03-31"),
    RuleCase.fires("2023/24: referred 1 April 2024", referred("2024-04-01"), reference: "2024-03-31"),
    RuleCase.fires("absent", referred(nil)),
    RuleCase.fires("blank", referred("")),
    RuleCase.passes("unreadable is the reader's", referred("31/03/2025")),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(ReferralDatePresentAndNotAfterReference.self, c.child, reference: c.reference) == c.count)
  }
}
