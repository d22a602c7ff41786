import SafeguardCore
import Testing

@testable import Validate

struct SexMissingOrInvalidTests {
  static func sex(_ code: String?) -> CensusChild { child { $0.sex = text(code, line: 4) } }
  static func gender(_ code: String?) -> CensusChild { child { $0.genderCurrent = text(code, line: 4) } }

  @Test(arguments: [
    RuleCase.passes("sex M", sex("M")),
    RuleCase.passes("sex F", sex("F")),
    RuleCase.passes("sex U", sex("U")),
    RuleCase.passes("sex m, read upper-cased", sex("m")),
    RuleCase.fires("sex absent", sex(nil)),
    RuleCase.fires("sex blank", sex("")),
    RuleCase.fires("sex X", sex("X")),
    RuleCase.fires("a 2023/24 gender code in 2024/25", sex("1")),
    RuleCase.fires("GenderCurrent given instead of Sex in 2024/25", gender("1")),
    RuleCase.passes("gender 1 in 2023/24", gender("1"), reference: "2024-03-31"),
    RuleCase.passes("gender 2 in 2023/24", gender("2"), reference: "2024-03-31"),
    RuleCase.passes("gender 0 in 2023/24", gender("0"), reference: "2024-03-31"),
    RuleCase.passes("gender 9 in 2023/24", gender("9"), reference: "2024-03-31"),
    RuleCase.fires("gender absent in 2023/24", gender(nil), reference: "2024-03-31"),
    RuleCase.fires("gender blank in 2023/24", gender(""), reference: "2024-03-31"),
    RuleCase.fires("gender 3 in 2023/24", gender("3"), reference: "2024-03-31"),
    RuleCase.fires("sex M in 2023/24, no GenderCurrent", sex("M"), reference: "2024-03-31"),
    RuleCase.passes("sex M in 2025/26", sex("M"), reference: "2026-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(SexMissingOrInvalid.self, c.child, reference: c.reference) == c.count)
  }

  @Test func eachYearNamesItsFieldAndMessage() {
    let now = findings(SexMissingOrInvalid.self, Self.sex(nil))
    #expect(now.map(\.field) == ["Sex"])
    #expect(now.map(\.line) == [1])
    #expect(now.map(\.message) == ["Sex must be provided and equal M, F, or U"])
    let then = findings(SexMissingOrInvalid.self, Self.gender("7"), reference: "2024-03-31")
    #expect(then.map(\.field) == ["GenderCurrent"])
    #expect(then.map(\.line) == [4])
    #expect(then.map(\.message) == ["Gender is missing"])
  }
}
