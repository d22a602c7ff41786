import SafeguardCore
import Testing

@testable import Validate

struct DeathDateNotBeforeBirthDateTests {
  static func lived(_ born: String?, _ died: String?, expected: String? = nil) -> CensusChild {
    child {
      $0.birthDate = date(born)
      $0.deathDate = date(died)
      $0.expectedBirthDate = date(expected)
    }
  }

  @Test(arguments: [
    RuleCase.passes("died the day of birth", lived("2024-06-01", "2024-06-01")),
    RuleCase.passes("died the day after", lived("2024-06-01", "2024-06-02")),
    RuleCase.fires("died the day before birth", lived("2024-06-01", "2024-05-31")),
    RuleCase.fires("died 31 March, born 1 April", lived("2024-04-01", "2024-03-31")),
    RuleCase.passes("no death date", lived("2024-06-01", nil)),
    RuleCase.passes("death date blank", lived("2024-06-01", "")),
    RuleCase.passes("no birth date (DfE compares two dates)", lived(nil, "2024-06-01", expected: "2024-05-01")),
    RuleCase.passes("birth date unreadable", lived("June 2024", "2024-05-31")),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(DeathDateNotBeforeBirthDate.self, c.child, reference: c.reference) == c.count)
  }
}
