import SafeguardCore
import Testing

@testable import Validate

struct DeathDateInCensusYearTests {
  static func died(_ day: String?) -> CensusChild {
    child { $0.deathDate = date(day) }
  }

  @Test(arguments: [
    RuleCase.passes("died 1 April, first day of the period", died("2024-04-01")),
    RuleCase.fires("died 31 March, the day before", died("2024-03-31")),
    RuleCase.passes("died on the reference date", died("2025-03-31")),
    RuleCase.fires("died the day after the reference date", died("2025-04-01")),
    RuleCase.passes("2023/24: died 1 April 2023", died("2023-04-01"), reference: "2024-03-31"),
    RuleCase.fires("2023/24: died 1 April 2024", died("2024-04-01"), reference: "2024-03-31"),
    RuleCase.passes("no death date", died(nil)),
    RuleCase.passes("death date blank", died("")),
    RuleCase.passes("death date unreadable", died("31/03/2024")),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(DeathDateInCensusYear.self, c.child, reference: c.reference) == c.count)
  }
}
