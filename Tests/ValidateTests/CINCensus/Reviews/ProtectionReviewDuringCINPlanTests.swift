import SafeguardCore
import Testing

@testable import Validate

struct ProtectionReviewDuringCINPlanTests {
  /// A child whose one episode holds a CIN plan and a protection plan reviewed on `review`.
  static func review(_ review: String?, cin: (String?, String?), cppEnd: String? = nil) -> CensusChild {
    R4000.child(
      cin: [R4000.cinPlan(cin.0, cin.1, line: 10)],
      cpp: [R4000.protectionPlan("2024-04-10", cppEnd, reviews: [review], line: 20)])
  }

  @Test(arguments: [
    RuleCase.passes("review the day before the CIN plan starts", review("2024-05-31", cin: ("2024-06-01", nil))),
    RuleCase.passes("review the day after the CIN plan ends", review("2024-09-02", cin: ("2024-06-01", "2024-09-01"))),
    RuleCase.passes(
      "review on the protection plan's last day, the CIN plan's first",
      review("2024-06-01", cin: ("2024-06-01", nil), cppEnd: "2024-06-01")),
    RuleCase.passes("review date blank", review("", cin: ("2024-06-01", nil))),
    RuleCase.passes("review date unreadable", review("01/07/2024", cin: ("2024-06-01", nil))),
    RuleCase.passes("CIN plan has no start", review("2024-07-01", cin: (nil, "2024-09-01"))),
    RuleCase.passes("CIN plan end unreadable", review("2024-07-01", cin: ("2024-06-01", "Sept"))),
    RuleCase.passes(
      "CIN plan in another episode",
      R4000.twoEpisodes(
        (cin: [R4000.cinPlan("2024-06-01", nil)], cpp: []),
        (cin: [], cpp: [R4000.protectionPlan("2024-04-10", nil, reviews: ["2024-07-01"])]))),
    RuleCase.fires("review the day the CIN plan starts", review("2024-06-01", cin: ("2024-06-01", nil))),
    RuleCase.fires("review the day the CIN plan ends", review("2024-09-01", cin: ("2024-06-01", "2024-09-01"))),
    RuleCase.fires("review during an open CIN plan", review("2025-03-31", cin: ("2024-06-01", ""))),
    RuleCase.fires(
      "review during the CIN plan of a plan ended later",
      review("2024-07-01", cin: ("2024-06-01", nil), cppEnd: "2024-08-01")),
    RuleCase.fires(
      "review during a CIN plan in 2023/24", review("2023-07-01", cin: ("2023-06-01", nil)), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(ProtectionReviewDuringCINPlan.self, c.child, reference: c.reference) == c.count)
  }

  @Test func namesTheReviewThenTheCINPlan() {
    let found = findings(
      ProtectionReviewDuringCINPlan.self, Self.review("2024-07-01", cin: ("2024-06-01", "2024-09-01")))
    #expect(found.map(\.field) == ["CPPreviewDate", "CINPlanStartDate", "CINPlanEndDate"])
    #expect(found.map(\.line) == [20, 10, 10])
    #expect(Set(found.map(\.issueID)).count == 1)
  }

  @Test func eachReviewInsideIsItsOwnIssue() {
    let child = R4000.child(
      cin: [R4000.cinPlan("2024-06-01", nil)],
      cpp: [R4000.protectionPlan("2024-04-10", nil, reviews: ["2024-05-01", "2024-07-01", "2024-10-01"])])
    #expect(issues(ProtectionReviewDuringCINPlan.self, child) == 2)
  }
}
