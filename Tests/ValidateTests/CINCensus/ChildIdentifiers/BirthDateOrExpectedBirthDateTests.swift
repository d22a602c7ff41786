import SafeguardCore
import Testing

@testable import Validate

struct BirthDateOrExpectedBirthDateTests {
  static func dates(_ born: String?, _ expected: String?) -> CensusChild {
    child {
      $0.birthDate = date(born)
      $0.expectedBirthDate = date(expected)
    }
  }

  @Test(arguments: [
    RuleCase.passes("birth date only", dates("2020-05-01", nil)),
    RuleCase.passes("expected birth date only", dates(nil, "2025-06-01")),
    RuleCase.passes("birth date, expected blank", dates("2020-05-01", "")),
    RuleCase.passes("unreadable birth date still counts as given", dates("May 2020", nil)),
    RuleCase.fires("both given", dates("2020-05-01", "2020-05-01")),
    RuleCase.fires("neither given", dates(nil, nil)),
    RuleCase.fires("both blank", dates("", "")),
    RuleCase.fires("one blank, one absent", dates("", nil)),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(BirthDateOrExpectedBirthDate.self, c.child, reference: c.reference) == c.count)
  }

  @Test func bothFieldsAreNamed() {
    let found = findings(BirthDateOrExpectedBirthDate.self, Self.dates(nil, nil))
    #expect(found.map(\.field) == ["PersonBirthDate", "ExpectedPersonBirthDate"])
    #expect(Set(found.map(\.issueID)).count == 1)
  }
}
