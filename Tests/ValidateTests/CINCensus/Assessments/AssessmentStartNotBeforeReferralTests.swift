import SafeguardCore
import Testing

@testable import Validate

struct AssessmentStartNotBeforeReferralTests {
  static func assessed(referral: String?, _ starts: String?...) -> CensusChild {
    child(referral: referral) { e in e.assessments = starts.map { Ids.assessment(start: $0) } }
  }

  @Test(arguments: [
    RuleCase.passes("started on the referral day", assessed(referral: "2024-05-01", "2024-05-01")),
    RuleCase.passes("started the day after", assessed(referral: "2024-05-01", "2024-05-02")),
    RuleCase.fires("started the day before", assessed(referral: "2024-05-01", "2024-04-30")),
    RuleCase.fires("started 31 March, referred 1 April", assessed(referral: "2024-04-01", "2024-03-31")),
    RuleCase.fires("two assessments before", assessed(referral: "2024-05-01", "2024-04-01", "2024-04-02"), times: 2),
    RuleCase.passes("start absent", assessed(referral: "2024-05-01", nil)),
    RuleCase.passes("start blank", assessed(referral: "2024-05-01", "")),
    RuleCase.passes("start unreadable", assessed(referral: "2024-05-01", "30/04/2024")),
    RuleCase.passes("referral absent", assessed(referral: nil, "2024-04-30")),
    RuleCase.passes("referral unreadable", assessed(referral: "01/05/2024", "2024-04-30")),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(AssessmentStartNotBeforeReferral.self, c.child, reference: c.reference) == c.count)
  }

  @Test func bothDatesAreNamed() {
    let found = findings(AssessmentStartNotBeforeReferral.self, Self.assessed(referral: "2024-05-01", "2024-04-30"))
    #expect(found.map(\.field) == ["AssessmentActualStartDate", "CINreferralDate"])
    #expect(found.map(\.value) == ["2024-04-30", "2024-05-01"])
    #expect(Set(found.map(\.issueID)).count == 1)
  }
}
