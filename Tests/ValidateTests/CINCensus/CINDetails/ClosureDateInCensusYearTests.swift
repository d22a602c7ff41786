import SafeguardCore
import Testing

@testable import Validate

struct ClosureDateInCensusYearTests {
  static func closed(_ day: String?) -> CensusChild {
    child(referral: "2023-01-10") { $0.closureDate = date(day) }
  }

  @Test(arguments: [
    RuleCase.passes("closed 1 April, first day of the period", closed("2024-04-01")),
    RuleCase.fires("closed 31 March, the day before", closed("2024-03-31")),
    RuleCase.passes("closed on the reference date", closed("2025-03-31")),
    RuleCase.fires("closed the day after the reference date", closed("2025-04-01")),
    RuleCase.passes("2023/24: closed 1 April 2023", closed("2023-04-01"), reference: "2024-03-31"),
    RuleCase.fires("2023/24: closed 31 March 2023", closed("2023-03-31"), reference: "2024-03-31"),
    RuleCase.passes("still open", closed(nil)),
    RuleCase.passes("closure date blank", closed("")),
    RuleCase.passes("closure date unreadable", closed("2025-02-30")),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(ClosureDateInCensusYear.self, c.child, reference: c.reference) == c.count)
  }
}
