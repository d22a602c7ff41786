import SafeguardCore
import Testing
import Validate

@Suite struct ExtractGapRuleTests {
  static func set(referralDays: [String], first: String, last: String) -> ExtractSet {
    var set = ExtractSet()
    for (i, d) in referralDays.enumerated() {
      set.referrals.append(ReferralRecord(child: set.children.intern("C\(i)"), date: Day(iso: d)!, nfa: .no, file: 0))
    }
    var f = ExtractFileSummary(file: "refs.csv", kind: .annexAReferrals, encoding: "UTF-8")
    f.firstDate = Day(iso: first)
    f.lastDate = Day(iso: last)
    set.files = [f]
    return set
  }

  @Test func aMonthWithNoRowsInsideTheRangeIsReported() {
    let s = Self.set(referralDays: ["2024-01-31", "2024-03-01"], first: "2024-01-31", last: "2024-03-01")
    let findings = ExtractGapRule.check(s)
    #expect(findings.map(\.value) == ["2024-02"])
    #expect(findings.first?.rule.code == "VAL001")
  }

  @Test func consecutiveMonthsAreNotReported() {
    let s = Self.set(referralDays: ["2024-01-31", "2024-02-29", "2024-03-01"], first: "2024-01-31", last: "2024-03-01")
    #expect(ExtractGapRule.check(s).isEmpty)
  }

  @Test func noExtractNoFinding() {
    #expect(ExtractGapRule.check(ExtractSet()).isEmpty)
  }
}
