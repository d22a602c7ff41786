import SafeguardCore
import Testing

@testable import Validate

struct ReferralNotLongBeforeBirthTests {
  static func referred(_ day: String?, born: String? = nil, due: String? = nil) -> CensusChild {
    var c = child(referral: day)
    c.birthDate = date(born)
    c.expectedBirthDate = date(due)
    return c
  }

  // 280 days before 31 December 2024 is 26 March 2024 (2024 is a leap year).
  @Test(arguments: [
    RuleCase.passes("280 days before birth", referred("2024-03-26", born: "2024-12-31")),
    RuleCase.fires("281 days before birth", referred("2024-03-25", born: "2024-12-31")),
    RuleCase.passes("280 days before expected birth", referred("2024-03-26", due: "2024-12-31")),
    RuleCase.fires("281 days before expected birth", referred("2024-03-25", due: "2024-12-31")),
    RuleCase.passes("referred after birth", referred("2025-01-10", born: "2024-12-31")),
    RuleCase.fires("too early for both is one issue", referred("2024-01-01", born: "2024-12-31", due: "2024-12-31")),
    RuleCase.passes("no birth dates", referred("2024-01-01")),
    RuleCase.passes("birth date blank", referred("2024-01-01", born: "")),
    RuleCase.passes("referral date unreadable", referred("2024/01/01", born: "2024-12-31")),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(ReferralNotLongBeforeBirth.self, c.child, reference: c.reference) == c.count)
  }

  @Test func namesReferralAndBirthDate() {
    let found = findings(ReferralNotLongBeforeBirth.self, Self.referred("2024-03-25", born: "2024-12-31"))
    #expect(found.map(\.field) == ["CINreferralDate", "PersonBirthDate"])
    #expect(found.allSatisfy { $0.message == "Child referral date is more than 40 weeks before DOB or expected DOB" })
  }
}
