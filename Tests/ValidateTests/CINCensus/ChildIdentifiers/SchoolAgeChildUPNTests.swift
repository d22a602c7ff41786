import SafeguardCore
import Testing

@testable import Validate

struct SchoolAgeChildUPNTests {
  static func pupil(
    born: String?, upn: String? = nil, reason: String? = nil, nfa: [String?] = ["false"]
  ) -> CensusChild {
    child(episodes: nfa.map { episode(nfa: $0) }) { c in
      c.birthDate = date(born, line: 3)
      c.upn = identifier(upn, line: 4)
      c.upnUnknown = text(reason, line: 5)
    }
  }

  // 2024/25: school age is born on or before 31 August 2019; 2025/26: 31 August 2020.
  // 2023/24 (reference 31 March 2024): born before 31 March 2018.
  @Test(arguments: [
    RuleCase.passes("born 1 September 2019", pupil(born: "2019-09-01")),
    RuleCase.passes("school age with a UPN", pupil(born: "2015-01-01", upn: "A123456789012")),
    RuleCase.passes("school age, UN2", pupil(born: "2015-01-01", reason: "UN2")),
    RuleCase.passes("school age, lower case un5", pupil(born: "2015-01-01", reason: "un5")),
    RuleCase.passes("school age, UN7", pupil(born: "2015-01-01", reason: "UN7")),
    RuleCase.passes("school age, every referral NFA", pupil(born: "2015-01-01", nfa: ["true", "1"])),
    RuleCase.passes("school age, ReferralNFA absent", pupil(born: "2015-01-01", nfa: [nil])),
    RuleCase.passes("birth date unreadable", pupil(born: "01/01/2015")),
    RuleCase.fires("born 31 August 2019", pupil(born: "2019-08-31")),
    RuleCase.fires("school age, UN1", pupil(born: "2015-01-01", reason: "UN1")),
    RuleCase.fires("school age, UPN blank", pupil(born: "2015-01-01", upn: "")),
    RuleCase.fires("school age, unknown reason UN8", pupil(born: "2015-01-01", reason: "UN8")),
    RuleCase.fires("one referral of two going on", pupil(born: "2015-01-01", nfa: ["true", "0"])),
    RuleCase.passes("2025/26: born 1 September 2020", pupil(born: "2020-09-01"), reference: "2026-03-31"),
    RuleCase.fires("2025/26: born 31 August 2020", pupil(born: "2020-08-31"), reference: "2026-03-31"),
    RuleCase.passes("2023/24: born 31 March 2018", pupil(born: "2018-03-31"), reference: "2024-03-31"),
    RuleCase.fires("2023/24: born 30 March 2018", pupil(born: "2018-03-30"), reference: "2024-03-31"),
    RuleCase.passes("2023/24: UN1 is a reason", pupil(born: "2015-01-01", reason: "UN1"), reference: "2024-03-31"),
    RuleCase.fires("2023/24: UN8 is not", pupil(born: "2015-01-01", reason: "UN8"), reference: "2024-03-31"),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(SchoolAgeChildUPN.self, c.child, reference: c.reference) == c.count)
  }

  @Test func namesUPNReasonAndBirth() {
    let found = findings(SchoolAgeChildUPN.self, Self.pupil(born: "2015-01-01", reason: "UN1"))
    #expect(found.map(\.field) == ["UPN", "UPNunknown", "PersonBirthDate"])
    #expect(found.map(\.line) == [1, 5, 3])
    #expect(found.first?.message.hasSuffix("is UN1 for a child who is of school age.") == true)
  }
}
