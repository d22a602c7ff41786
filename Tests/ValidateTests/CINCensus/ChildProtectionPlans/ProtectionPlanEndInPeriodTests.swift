import SafeguardCore
import Testing

@testable import Validate

struct ProtectionPlanEndInPeriodTests {
  static func ended(_ end: String?) -> CensusChild {
    R8820.child(
      [R8820.episode(referral: "2023-01-10") { $0.plans = [R8820.plan(start: "2023-02-01", end: end)] }])
  }

  @Test(arguments: [
    RuleCase.passes("ended 1 April 2024", ended("2024-04-01")),
    RuleCase.fires("ended 31 March 2024", ended("2024-03-31")),
    RuleCase.passes("ended on the reference date", ended("2025-03-31")),
    RuleCase.fires("ended the day after the reference date", ended("2025-04-01")),
    RuleCase.passes("open", ended(nil)),
    RuleCase.passes("end blank", ended("")),
    RuleCase.passes("end unreadable", ended("31/03/2024")),
    RuleCase.passes("2023/24: ended 31 March 2024", ended("2024-03-31"), reference: "2024-03-31"),
    RuleCase.passes("2023/24: ended 1 April 2023", ended("2023-04-01"), reference: "2024-03-31"),
    RuleCase.fires("2023/24: ended 31 March 2023", ended("2023-03-31"), reference: "2024-03-31"),
    RuleCase.fires("2023/24: ended 1 April 2024", ended("2024-04-01"), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(ProtectionPlanEndInPeriod.self, c.child, reference: c.reference) == c.count)
  }

  @Test func reportedAtTheEnd() {
    let found = findings(ProtectionPlanEndInPeriod.self, Self.ended("2025-04-01"))
    #expect(found.map(\.field) == ["CPPendDate"])
    #expect(found.map(\.value) == ["2025-04-01"])
  }
}
