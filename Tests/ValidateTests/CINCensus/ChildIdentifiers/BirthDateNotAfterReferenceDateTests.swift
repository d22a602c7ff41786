import SafeguardCore
import Testing

@testable import Validate

struct BirthDateNotAfterReferenceDateTests {
  static func born(_ day: String?) -> CensusChild {
    child { $0.birthDate = date(day) }
  }

  @Test(arguments: [
    RuleCase.passes("born on the reference date", born("2025-03-31")),
    RuleCase.passes("born the day before", born("2025-03-30")),
    RuleCase.fires("born the day after", born("2025-04-01")),
    RuleCase.passes("2023/24: born 31 March 2024", born("2024-03-31"), reference: "2024-03-31"),
    RuleCase.fires("2023/24: born 1 April 2024", born("2024-04-01"), reference: "2024-03-31"),
    RuleCase.passes("no birth date", born(nil)),
    RuleCase.passes("birth date blank", born("")),
    RuleCase.passes("birth date unreadable", born("01/04/2025")),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(BirthDateNotAfterReferenceDate.self, c.child, reference: c.reference) == c.count)
  }
}
