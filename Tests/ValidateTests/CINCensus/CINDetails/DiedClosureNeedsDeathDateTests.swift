import SafeguardCore
import Testing

@testable import Validate

struct DiedClosureNeedsDeathDateTests {
  static func closedAs(_ reasons: [String?], died: String?) -> CensusChild {
    child {
      $0.deathDate = date(died)
      $0.episodes = reasons.map { r in
        var e = CensusEpisode(line: 2)
        e.reasonForClosure = text(r)
        return e
      }
    }
  }

  @Test(arguments: [
    RuleCase.passes("died, with a death date", closedAs(["RC2"], died: "2024-06-01")),
    RuleCase.passes("another reason, no death date", closedAs(["RC1"], died: nil)),
    RuleCase.passes("no reason, no death date", closedAs([nil], died: nil)),
    RuleCase.fires("died, no death date", closedAs(["RC2"], died: nil)),
    RuleCase.fires("died, death date blank", closedAs(["RC2"], died: "")),
    RuleCase.fires("died, death date unreadable", closedAs(["RC2"], died: "June 2024")),
    RuleCase.fires("lower-case rc2", closedAs(["rc2"], died: nil)),
    RuleCase.fires("two died episodes", closedAs(["RC2", "RC2"], died: nil), times: 2),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(DiedClosureNeedsDeathDate.self, c.child, reference: c.reference) == c.count)
  }

  @Test func namesReasonAndDeathDate() {
    let found = findings(DiedClosureNeedsDeathDate.self, Self.closedAs(["RC2"], died: nil))
    #expect(found.map(\.field) == ["ReasonForClosure", "PersonDeathDate"])
    #expect(found.map(\.line) == [1, 1])
    #expect(found.allSatisfy { $0.rule.code == "8585Q" })
  }
}
