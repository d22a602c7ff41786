import SafeguardCore
import Testing

@testable import Report

/// `data_quality.csv` counts issues and children per rule, source and year; findings are
/// listed in file, line, rule, field, value, message and issue order.
@Suite struct DataQualityTests {
  static let plan = Rule("4004", .error, "Two open CIN plans", module: "cinPlans")
  /// Another value of the same rule (as a second reader or file might make): one row with it.
  static let planAgain = Rule("4004", .error, "Two open CIN plans", module: "cinPlans")
  static let query = Rule("2886Q", .query, "Sex not recorded", module: "returnLevel")

  static func finding(
    _ rule: Rule, file: String = "a.xml", line: Int?, child: String? = nil, field: String? = nil,
    issue: Int? = nil
  ) -> Finding {
    Finding(
      rule, source: "cin_census", file: file, line: line, childRef: child, field: field, message: "m",
      issueID: issue, year: "2024-25")
  }

  @Test func anIssueAtSeveralPlacesCountsOnceAndEachChildOnce() {
    let findings = [
      // Issue 1 at two places of child C1, issue 2 for C2, issue 3 for C1 again from the second
      // value of the rule: three issues, two children.
      Self.finding(Self.plan, line: 10, child: "C1", issue: 1),
      Self.finding(Self.plan, line: 12, child: "C1", issue: 1),
      Self.finding(Self.plan, line: 40, child: "C2", issue: 2),
      Self.finding(Self.planAgain, line: 14, child: "C1", issue: 3),
      // A query without issue numbers: each finding is one issue; no child.
      Self.finding(Self.query, line: 3), Self.finding(Self.query, line: 3), Self.finding(Self.query, line: 3),
      Self.finding(Self.query, line: 3), Self.finding(Self.query, line: 3),
    ]
    let text = String(decoding: Dashboards.dataQuality(findings), as: UTF8.self)
    #expect(
      text.split(separator: "\r\n").map(String.init) == [
        "rule_code,severity,source,message,issues,children,year,module",
        // Errors before queries, whatever the counts.
        "4004,error,cin_census,Two open CIN plans,3,2,2024-25,cinPlans",
        "2886Q,query,cin_census,Sex not recorded,5,0,2024-25,returnLevel",
      ])
  }

  @Test func findingsAreOrderedByFileLineRuleThenText() {
    let findings = [
      Self.finding(Self.query, file: "b.xml", line: 1, field: "Sex"),
      Self.finding(Self.plan, line: 20, field: "B"),
      Self.finding(Self.query, line: 20, field: "A"),
      Self.finding(Self.plan, line: 20, field: "A"),
      Self.finding(Self.plan, line: nil, field: "Z"),
      Self.finding(Self.plan, line: 5, field: "Y"),
    ]
    let order = Dashboards.ordered(findings).map { "\($0.file):\($0.line ?? 0):\($0.rule.code):\($0.field ?? "")" }
    // A finding with no line sorts as line 0; 2886Q sorts before 4004 (text order of codes).
    #expect(
      order == [
        "a.xml:0:4004:Z", "a.xml:5:4004:Y", "a.xml:20:2886Q:A", "a.xml:20:4004:A", "a.xml:20:4004:B",
        "b.xml:1:2886Q:Sex",
      ])
  }
}
