import SafeguardCore
import Testing

@testable import Validate

struct PlansNotMoreThanInitialConferencesTests {
  /// A file of one child with one episode holding `plans` starting on those days, an episode conference on
  /// `episodeICPC` and a Section 47 conference on each of `s47ICPC`.
  static func file(plans: [String?], episodeICPC: String? = nil, s47ICPC: [String?] = []) -> CensusReturn {
    census([
      child(referral: "2024-04-01") { e in
        e.plans = plans.map { Ids.plan(start: $0) }
        e.dateOfInitialCPC = date(episodeICPC)
        e.section47s = s47ICPC.map { Ids.section47(icpc: $0) }
      }
    ])
  }

  @Test(arguments: [
    FileRuleCase.passes("one plan, one S47 conference", file(plans: ["2024-05-01"], s47ICPC: ["2024-05-01"])),
    FileRuleCase.passes("one plan, one episode conference", file(plans: ["2024-05-01"], episodeICPC: "2024-05-01")),
    FileRuleCase.fires("one plan, no conference", file(plans: ["2024-05-01"])),
    FileRuleCase.fires(
      "two plans, one conference", file(plans: ["2024-05-01", "2024-06-01"], s47ICPC: ["2024-05-01"])),
    FileRuleCase.passes(
      "two plans, conferences on both levels",
      file(plans: ["2024-05-01", "2024-06-01"], episodeICPC: "2024-06-01", s47ICPC: ["2024-05-01"])),
    FileRuleCase.fires(
      "plan 1 April, conference 31 March before the period", file(plans: ["2024-04-01"], s47ICPC: ["2024-03-31"])),
    FileRuleCase.passes("plan 31 March before the period", file(plans: ["2024-03-31"])),
    FileRuleCase.passes(
      "plan and conference on the reference date", file(plans: ["2025-03-31"], s47ICPC: ["2025-03-31"])),
    FileRuleCase.passes("plan after the reference date", file(plans: ["2025-04-01"])),
    FileRuleCase.passes("plan start blank", file(plans: [""])),
    FileRuleCase.fires("blank conference is not counted", file(plans: ["2024-05-01"], s47ICPC: [""])),
  ])
  func rule(_ c: FileRuleCase) {
    #expect(issues(PlansNotMoreThanInitialConferences.self, c.census) == c.count)
  }
}
