import SafeguardCore
import Testing

@testable import Validate

struct UnbornChildSexTests {
  static func person(born: String?, expected: String?, sex: String? = nil, gender: String? = nil) -> CensusChild {
    child { c in
      c.birthDate = date(born, line: 3)
      c.expectedBirthDate = date(expected, line: 4)
      c.sex = text(sex, line: 5)
      c.genderCurrent = text(gender, line: 6)
    }
  }

  @Test(arguments: [
    RuleCase.passes("unborn, U", person(born: nil, expected: "2025-06-01", sex: "U")),
    RuleCase.passes("unborn, lower case u", person(born: nil, expected: "2025-06-01", sex: "u")),
    RuleCase.passes("born, F", person(born: "2025-01-01", expected: "2025-01-05", sex: "F")),
    RuleCase.passes("no expected date, M", person(born: nil, expected: nil, sex: "M")),
    RuleCase.passes("expected date blank, M", person(born: nil, expected: "", sex: "M")),
    RuleCase.passes("unborn, sex absent (another rule's)", person(born: nil, expected: "2025-06-01")),
    RuleCase.passes(
      "unborn, U; GenderCurrent not read in 2024/25", person(born: nil, expected: "2025-06-01", sex: "U", gender: "1")),
    RuleCase.fires("unborn, F", person(born: nil, expected: "2025-06-01", sex: "F")),
    RuleCase.fires("unborn, M, birth date blank", person(born: "", expected: "2025-06-01", sex: "M")),
    RuleCase.fires("unborn, expected date unreadable, F", person(born: nil, expected: "June", sex: "F")),
    RuleCase.passes(
      "2023/24: unborn, gender 0", person(born: nil, expected: "2024-06-01", gender: "0"), reference: "2024-03-31"),
    RuleCase.fires(
      "2023/24: unborn, gender 2", person(born: nil, expected: "2024-06-01", gender: "2"), reference: "2024-03-31"),
    RuleCase.fires(
      "2023/24: unborn, gender 9", person(born: nil, expected: "2024-06-01", gender: "9"), reference: "2024-03-31"),
    RuleCase.passes(
      "2023/24: Sex is not read", person(born: nil, expected: "2024-06-01", sex: "F", gender: "0"),
      reference: "2024-03-31"),
    RuleCase.fires("2025/26: unborn, M", person(born: nil, expected: "2026-06-01", sex: "M"), reference: "2026-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(UnbornChildSex.self, c.child, reference: c.reference) == c.count)
  }

  @Test func messageFollowsTheYear() {
    let now = findings(UnbornChildSex.self, Self.person(born: nil, expected: "2025-06-01", sex: "F"))
    #expect(now.map(\.field) == ["Sex", "ExpectedPersonBirthDate"])
    #expect(now.first?.message == "Sex must equal U for an unborn child")
    let before = findings(
      UnbornChildSex.self, Self.person(born: nil, expected: "2024-06-01", gender: "1"), reference: "2024-03-31")
    #expect(before.map(\.field) == ["GenderCurrent", "ExpectedPersonBirthDate"])
    #expect(before.first?.message == "Gender must equal 0 for an unborn child")
  }
}
