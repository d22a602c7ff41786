import SafeguardCore
import Testing

@testable import Validate

struct NoActivityAfterClosureTests {
  /// An episode closed on `closed` with `configure` adding its activity.
  static func closed(_ closed: String?, _ configure: (inout CensusEpisode) -> Void = { _ in }) -> CensusChild {
    child(referral: "2024-04-10") { e in
      e.closureDate = date(closed)
      configure(&e)
    }
  }

  static func assessed(_ start: String?, _ authorised: String?) -> (inout CensusEpisode) -> Void {
    { e in
      var a = CensusAssessment(line: 3)
      a.start = date(start)
      a.authorised = date(authorised)
      e.assessments.append(a)
    }
  }

  static func s47(_ start: String?, conference: String? = nil) -> (inout CensusEpisode) -> Void {
    { e in
      var s = CensusSection47(line: 4)
      s.start = date(start)
      s.icpcDate = date(conference)
      e.section47s.append(s)
    }
  }

  static func protection(_ start: String?, _ end: String?) -> (inout CensusEpisode) -> Void {
    { e in
      var p = CensusProtectionPlan(line: 5)
      p.start = date(start)
      p.end = date(end)
      e.plans.append(p)
    }
  }

  static func cinPlan(_ start: String?, _ end: String?) -> (inout CensusEpisode) -> Void {
    { e in
      var p = CensusCINPlan(line: 6)
      p.start = date(start)
      p.end = date(end)
      e.cinPlans.append(p)
    }
  }

  @Test(arguments: [
    RuleCase.passes("assessment ends on closure day", closed("2024-06-01", assessed("2024-05-01", "2024-06-01"))),
    RuleCase.fires("assessment ends a day after", closed("2024-06-01", assessed("2024-05-01", "2024-06-02"))),
    RuleCase.fires("assessment started the day after", closed("2024-06-01", assessed("2024-06-02", nil))),
    RuleCase.passes("Section 47 starts the day of closure", closed("2024-06-01", s47("2024-06-01"))),
    RuleCase.fires("Section 47 starts the day after", closed("2024-06-01", s47("2024-06-02"))),
    RuleCase.fires("S47 conference a day after", closed("2024-06-01", s47("2024-05-20", conference: "2024-06-02"))),
    RuleCase.fires("episode conference a day after", closed("2024-06-01") { $0.dateOfInitialCPC = date("2024-06-02") }),
    RuleCase.passes("CP plan ends on closure day", closed("2024-06-01", protection("2024-05-01", "2024-06-01"))),
    RuleCase.fires("CP plan ends a day after", closed("2024-06-01", protection("2024-05-01", "2024-06-02"))),
    RuleCase.passes("open protection plan", closed("2024-06-01", protection("2024-05-01", nil))),
    RuleCase.fires("CIN plan starts the day after", closed("2024-06-01", cinPlan("2024-06-02", nil))),
    RuleCase.fires("CIN plan ends the day after", closed("2024-06-01", cinPlan("2024-05-01", "2024-06-02"))),
    RuleCase.fires("closed 31 March, plan ends 1 April", closed("2025-03-31", cinPlan("2024-05-01", "2025-04-01"))),
    RuleCase.passes("episode still open", closed(nil, assessed("2024-06-02", "2024-06-03"))),
    RuleCase.passes("closure date blank", closed("", assessed("2024-06-02", "2024-06-03"))),
    RuleCase.passes("closure date unreadable", closed("01/06/2024", assessed("2024-06-02", "2024-06-03"))),
    RuleCase.passes("later date unreadable", closed("2024-06-01", assessed("2024-05-01", "02/06/2024"))),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(NoActivityAfterClosure.self, c.child, reference: c.reference) == c.count)
  }

  @Test func oneIssueNamesEveryLaterDate() {
    let c = Self.closed("2024-06-01") { e in
      Self.assessed("2024-06-02", "2024-06-03")(&e)
      Self.cinPlan("2024-05-01", "2024-06-05")(&e)
    }
    let found = findings(NoActivityAfterClosure.self, c)
    #expect(
      found.map(\.field) == [
        "CINclosureDate", "AssessmentActualStartDate", "AssessmentAuthorisationDate", "CINPlanEndDate",
      ])
    #expect(found.map(\.value) == ["2024-06-01", "2024-06-02", "2024-06-03", "2024-06-05"])
    #expect(Set(found.map(\.issueID)).count == 1)
  }
}
