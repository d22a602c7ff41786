import SafeguardCore
import Testing

@testable import Validate

struct S47StartPresentAndNotAfterICPCTests {
  static func enquiry(_ start: String?, conference: String?) -> CensusChild {
    child(referral: "2024-05-01") { e in
      var s = CensusSection47(line: 4)
      s.start = date(start)
      s.icpcDate = date(conference)
      e.section47s = [s]
    }
  }

  @Test(arguments: [
    RuleCase.passes("conference the day the enquiry started", enquiry("2024-06-03", conference: "2024-06-03")),
    RuleCase.passes("conference the day after", enquiry("2024-06-03", conference: "2024-06-04")),
    RuleCase.fires("conference the day before", enquiry("2024-06-03", conference: "2024-06-02")),
    RuleCase.fires("started 1 April, conference 31 March", enquiry("2024-04-01", conference: "2024-03-31")),
    RuleCase.fires("conference, start absent", enquiry(nil, conference: "2024-06-03")),
    RuleCase.fires("conference, start blank", enquiry("", conference: "2024-06-03")),
    RuleCase.passes("conference, start unreadable", enquiry("June", conference: "2024-06-03")),
    RuleCase.passes("no conference, no start", enquiry(nil, conference: nil)),
    RuleCase.passes("conference blank", enquiry(nil, conference: "")),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(S47StartPresentAndNotAfterICPC.self, c.child, reference: c.reference) == c.count)
  }

  @Test func absentStartPointsAtTheEnquiry() {
    let found = findings(S47StartPresentAndNotAfterICPC.self, Self.enquiry(nil, conference: "2024-06-03"))
    #expect(found.map(\.field) == ["S47ActualStartDate", "DateOfInitialCPC"])
    #expect(found.map(\.line) == [4, 1])
  }
}
