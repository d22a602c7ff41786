import SafeguardCore
import Testing

@testable import Validate

struct DisabilityPresentAndValidTests {
  static func disabled(_ codes: [String?], born: String? = "2015-01-01", nfa: [String?] = ["false"]) -> CensusChild {
    child {
      $0.birthDate = date(born)
      $0.disabilities = codes.map { text($0, line: 5) }
      $0.episodes = nfa.map { flag in
        var e = CensusEpisode(line: 10)
        e.referralNFA = bool(flag)
        return e
      }
    }
  }

  @Test(arguments: [
    RuleCase.passes("NONE", disabled(["NONE"])),
    RuleCase.passes("several valid codes", disabled(["MOB", "AUT", "DDA"])),
    RuleCase.passes("lower case is read as the code", disabled(["hear"])),
    RuleCase.fires("no disability", disabled([])),
    RuleCase.fires("blank disability", disabled([""])),
    RuleCase.fires("an unknown code", disabled(["XYZ"])),
    RuleCase.fires("one valid, one unknown is one issue", disabled(["MOB", "XYZ"])),
    RuleCase.fires("further action flagged 0", disabled([], nfa: ["0"])),
    RuleCase.fires("one of two episodes led to further action", disabled([], nfa: ["true", "false"])),
    RuleCase.passes("no further action on every episode", disabled([], nfa: ["true", "1"])),
    RuleCase.passes("flag missing", disabled([], nfa: [nil])),
    RuleCase.passes("unborn child", disabled([], born: nil)),
    RuleCase.passes("birth date blank", disabled([], born: "")),
  ])
  func rule(_ c: RuleCase) {
    #expect(issues(DisabilityPresentAndValid.self, c.child, reference: c.reference) == c.count)
  }

  @Test func namesTheInvalidCodes() {
    let found = findings(DisabilityPresentAndValid.self, Self.disabled(["MOB", "XYZ", ""]))
    #expect(found.map(\.value) == ["XYZ", nil])
    #expect(Set(found.map(\.issueID)).count == 1)
  }

  @Test func noDisabilityPointsAtTheChild() {
    let found = findings(DisabilityPresentAndValid.self, Self.disabled([]))
    #expect(found.map(\.field) == ["Disability"])
    #expect(found.map(\.line) == [1])
  }
}
