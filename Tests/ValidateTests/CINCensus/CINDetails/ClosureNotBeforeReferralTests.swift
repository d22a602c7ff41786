import SafeguardCore
import Testing

@testable import Validate

struct ClosureNotBeforeReferralTests {
  static func episode(_ referred: String?, _ closed: String?) -> CensusChild {
    child(referral: referred) { $0.closureDate = date(closed) }
  }

  @Test(arguments: [
    RuleCase.passes("closed the day it was referred", episode("2024-06-01", "2024-06-01")),
    RuleCase.passes("closed the day after", episode("2024-06-01", "2024-06-02")),
    RuleCase.fires("closed the day before", episode("2024-06-01", "2024-05-31")),
    RuleCase.fires("referred 1 April, closed 31 March", episode("2024-04-01", "2024-03-31")),
    RuleCase.passes("still open", episode("2024-06-01", nil)),
    RuleCase.passes("referral blank", episode("", "2024-05-31")),
    RuleCase.passes("closure unreadable", episode("2024-06-01", "31/05/2024")),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(ClosureNotBeforeReferral.self, c.child, reference: c.reference) == c.count)
  }

  @Test func bothDatesAreNamed() {
    let found = findings(ClosureNotBeforeReferral.self, Self.episode("2024-06-01", "2024-05-31"))
    #expect(found.map(\.field) == ["CINclosureDate", "CINreferralDate"])
    #expect(Set(found.map(\.issueID)).count == 1)
  }
}
