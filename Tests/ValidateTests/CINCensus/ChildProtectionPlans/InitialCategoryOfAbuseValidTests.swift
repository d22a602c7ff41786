import SafeguardCore
import Testing

@testable import Validate

struct InitialCategoryOfAbuseValidTests {
  static func category(_ code: String?) -> CensusChild {
    R8820.child { $0.plans = [R8820.plan(initial: code)] }
  }

  @Test(arguments: [
    RuleCase.passes("NEG", category("NEG")),
    RuleCase.passes("PHY", category("PHY")),
    RuleCase.passes("SAB", category("SAB")),
    RuleCase.passes("EMO", category("EMO")),
    RuleCase.passes("MUL", category("MUL")),
    RuleCase.passes("neg in lower case", category("neg")),
    RuleCase.fires("NEGLECT is not a code", category("NEGLECT")),
    RuleCase.fires("SEX is not a code", category("SEX")),
    RuleCase.fires("blank", category("")),
    RuleCase.fires("absent", category(nil)),
    RuleCase.fires("2023/24: absent", category(nil), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(InitialCategoryOfAbuseValid.self, c.child, reference: c.reference) == c.count)
  }

  @Test func absentCodePointsAtThePlan() {
    let found = findings(InitialCategoryOfAbuseValid.self, Self.category(nil))
    #expect(found.map(\.field) == ["InitialCategoryOfAbuse"])
    #expect(found.map(\.line) == [5])
  }
}
