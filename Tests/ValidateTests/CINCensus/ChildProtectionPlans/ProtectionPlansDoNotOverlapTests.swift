import SafeguardCore
import Testing

@testable import Validate

struct ProtectionPlansDoNotOverlapTests {
  /// A plan from 1 May 2024 to `end`, then one from `second` to `secondEnd`.
  static func then(end: String?, second: String?, secondEnd: String? = "2024-12-02") -> CensusChild {
    R8820.child { e in
      e.plans = [
        R8820.plan(line: 5, start: "2024-05-01", end: end), R8820.plan(line: 9, start: second, end: secondEnd),
      ]
    }
  }

  @Test(arguments: [
    RuleCase.passes("one plan", R8820.child { $0.plans = [R8820.plan()] }),
    RuleCase.fires("starts the day the other ends", then(end: "2024-06-03", second: "2024-06-03")),
    RuleCase.passes("starts the day after the other ends", then(end: "2024-06-03", second: "2024-06-04")),
    RuleCase.fires("starts the day before the other ends", then(end: "2024-06-03", second: "2024-06-02")),
    RuleCase.fires("same start day", then(end: "2024-06-03", second: "2024-05-01")),
    RuleCase.fires("other open, starts on the reference date", then(end: nil, second: "2025-03-31", secondEnd: nil)),
    RuleCase.fires("other's end blank", then(end: "", second: "2024-09-02")),
    RuleCase.passes("starts after the reference date", then(end: nil, second: "2025-04-01", secondEnd: nil)),
    RuleCase.passes("other's end unreadable", then(end: "03/06/2024", second: "2024-05-20")),
    RuleCase.passes("start unreadable", then(end: "2024-06-03", second: "20/05/2024")),
    RuleCase.fires(
      "plans in different episodes overlap",
      R8820.child([
        R8820.episode(line: 2) { $0.plans = [R8820.plan(line: 5, end: "2024-06-03")] },
        R8820.episode(line: 10, referral: "2024-05-15") { $0.plans = [R8820.plan(line: 11, start: "2024-05-20")] },
      ])),
    RuleCase.fires(
      "2023/24: other open, starts 31 March",
      R8820.child { e in
        e.plans = [R8820.plan(start: "2023-05-01"), R8820.plan(line: 9, start: "2024-03-31")]
      }, reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(ProtectionPlansDoNotOverlap.self, c.child, reference: c.reference) == c.count)
  }

  @Test func laterStartLinkedToTheOtherPlan() {
    let found = findings(ProtectionPlansDoNotOverlap.self, Self.then(end: "2024-06-03", second: "2024-05-20"))
    #expect(found.map(\.field) == ["CPPstartDate", "CPPstartDate", "CPPendDate"])
    #expect(found.map(\.line) == [9, 5, 5])
  }
}
