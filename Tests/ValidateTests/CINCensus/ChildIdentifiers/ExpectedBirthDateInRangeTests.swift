import SafeguardCore
import Testing

@testable import Validate

struct ExpectedBirthDateInRangeTests {
  static func due(_ day: String?) -> CensusChild {
    child { $0.expectedBirthDate = date(day) }
  }

  @Test(arguments: [
    RuleCase.passes("30 days before the reference date", due("2025-03-01")),
    RuleCase.fires("31 days before", due("2025-02-28")),
    RuleCase.passes("on the reference date", due("2025-03-31")),
    RuleCase.passes("9 months after", due("2025-12-31")),
    RuleCase.fires("9 months and a day after", due("2026-01-01")),
    RuleCase.passes("2023/24: 1 March 2024 (leap year)", due("2024-03-01"), reference: "2024-03-31"),
    RuleCase.fires("2023/24: 29 February 2024", due("2024-02-29"), reference: "2024-03-31"),
    RuleCase.passes("2023/24: 31 December 2024", due("2024-12-31"), reference: "2024-03-31"),
    RuleCase.fires("2023/24: 1 January 2025", due("2025-01-01"), reference: "2024-03-31"),
    RuleCase.passes("no expected date", due(nil)),
    RuleCase.passes("expected date blank", due("")),
    RuleCase.passes("expected date unreadable", due("2030-13-01")),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(ExpectedBirthDateInRange.self, c.child, reference: c.reference) == c.count)
  }

  @Test func isAQuery() {
    let found = findings(ExpectedBirthDateInRange.self, Self.due("2026-01-01"))
    #expect(found.map(\.rule.code) == ["8530Q"])
    #expect(found.map(\.value) == ["2026-01-01"])
  }
}
