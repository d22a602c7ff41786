import SafeguardCore
import Testing

@testable import Validate

struct PlanStartsOnInitialConferenceTests {
  static func planned(_ start: String?, episode: String? = nil, s47: [String?] = []) -> CensusChild {
    child(referral: "2024-01-02") { e in
      e.plans = [Ids.plan(start: start)]
      e.dateOfInitialCPC = date(episode)
      e.section47s = s47.map { Ids.section47(icpc: $0) }
    }
  }

  @Test(arguments: [
    RuleCase.passes("starts on the S47 conference", planned("2024-05-01", s47: ["2024-05-01"])),
    RuleCase.fires("starts the day after the S47 conference", planned("2024-05-02", s47: ["2024-05-01"])),
    RuleCase.passes("matches one of two S47s", planned("2024-05-01", s47: ["2024-04-01", "2024-05-01"])),
    RuleCase.passes("no S47, starts on the episode conference", planned("2024-05-01", episode: "2024-05-01")),
    RuleCase.fires("no S47, no conference", planned("2024-05-01")),
    RuleCase.fires(
      "S47 without a conference, episode conference matches", planned("2024-05-01", episode: "2024-05-01", s47: [nil])),
    RuleCase.passes("starts 31 March, before the period", planned("2024-03-31", s47: ["2024-03-01"])),
    RuleCase.fires("starts 1 April, in the period", planned("2024-04-01", s47: ["2024-03-31"])),
    RuleCase.fires("starts on the reference date", planned("2025-03-31", s47: ["2025-03-28"])),
    RuleCase.passes("starts after the reference date", planned("2025-04-01", s47: ["2025-03-28"])),
    RuleCase.passes(
      "2023/24: starts 31 March 2024, in the period", planned("2024-03-31", s47: ["2024-03-31"]),
      reference: "2024-03-31"),
    RuleCase.fires(
      "2023/24: starts 31 March 2024, no conference", planned("2024-03-31", s47: ["2024-03-01"]),
      reference: "2024-03-31"),
    RuleCase.passes("start absent", planned(nil, s47: ["2024-05-01"])),
    RuleCase.passes("start blank", planned("", s47: ["2024-05-01"])),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(PlanStartsOnInitialConference.self, c.child, reference: c.reference) == c.count)
  }

  @Test func theComparedConferenceIsLinked() {
    let found = findings(PlanStartsOnInitialConference.self, Self.planned("2024-05-02", s47: ["2024-05-01"]))
    #expect(found.map(\.field) == ["CPPstartDate", "DateOfInitialCPC"])
    #expect(found.map(\.value) == ["2024-05-02", "2024-05-01"])
  }
}
