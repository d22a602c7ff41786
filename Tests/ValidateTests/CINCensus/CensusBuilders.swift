import SafeguardCore
import Testing

@testable import Validate

// Small builders for rule tests: census values written as they would stand in a file.

/// A census date: `"2024-05-01"`; `""` blank; nil absent; any other text unreadable.
func date(_ text: String?, line: Int32 = 1) -> CensusDate {
  guard let text else { return .absent }
  let parts = text.split(separator: "-").compactMap { Int($0) }
  let day = parts.count == 3 && text.count == 10 ? Day(year: parts[0], month: parts[1], day: parts[2]) : nil
  return CensusDate(text: text, value: day, line: line)
}

/// A census code or identifier: the value is the text upper-cased; `""` blank; nil absent.
func text(_ text: String?, line: Int32 = 1) -> CensusText {
  guard let text else { return .absent }
  return CensusText(text: text, value: text.isEmpty ? nil : text.uppercased(), line: line)
}

/// A census identifier kept as written (`LAchildID`, `UPN`): `""` blank; nil absent.
func identifier(_ text: String?, line: Int32 = 1) -> CensusText {
  guard let text else { return .absent }
  return CensusText(text: text, value: text.isEmpty ? nil : text, line: line)
}

/// A census boolean: `true/false/1/0` in any case read; `""` blank; nil absent; other text unreadable.
func bool(_ text: String?, line: Int32 = 1) -> CensusBool {
  guard let text else { return .absent }
  let value: YesNo? =
    switch text.lowercased() {
    case "true", "1": .yes
    case "false", "0": .no
    default: nil
    }
  return CensusBool(text: text, value: value, line: line)
}

/// A census whole number: `""` blank; nil absent.
func number(_ text: String?, line: Int32 = 1) -> CensusNumber {
  guard let text else { return .absent }
  return CensusNumber(text: text, value: Int(text), line: line)
}

/// A child with `LAchildID` `id` and what `configure` sets.
func child(_ id: String = "CHILD1", _ configure: (inout CensusChild) -> Void = { _ in }) -> CensusChild {
  var c = CensusChild(line: 1)
  c.index = 0
  c.laChildID = identifier(id)
  configure(&c)
  return c
}

/// A child with one CIN episode (referral on `referral`) set up by `configure`.
func child(
  _ id: String = "CHILD1", referral: String?, _ configure: (inout CensusEpisode) -> Void = { _ in }
) -> CensusChild {
  child(id) { c in
    var e = CensusEpisode(line: 2)
    e.referralDate = date(referral)
    configure(&e)
    c.episodes = [e]
  }
}

/// A census file holding `children`, with reference date `reference` (31 March of `year` by default).
func census(
  _ children: [CensusChild], reference: String = "2025-03-31", configure: (inout CensusReturn) -> Void = { _ in }
) -> CensusReturn {
  var r = CensusReturn(file: "cin.xml")
  r.header.referenceDate = date(reference)
  r.header.year = number(String(reference.prefix(4)))
  r.header.lea = identifier("332")
  r.header.collection = text("CIN")
  r.children = children
  configure(&r)
  return r
}

/// The findings `rule` makes on `child` in the census year ending on `reference`.
func findings<R: CensusChildRule>(_ rule: R.Type, _ child: CensusChild, reference: String = "2025-03-31") -> [Finding] {
  let day = date(reference).value!
  var report = ValidationReport(file: "cin.xml", year: CensusYear(containing: day))
  report.checking(child) {
    R.check(child, in: CensusContext(year: CensusYear(containing: day), referenceDate: day), into: &$0)
  }
  return report.findings
}

/// The findings `rule` makes on the file `census`.
func findings<R: CensusReturnRule>(_ rule: R.Type, _ census: CensusReturn) -> [Finding] {
  let day = census.header.referenceDate.value ?? CensusYear.supported.last!.end
  let year = CensusYear(containing: day)
  var report = ValidationReport(file: "cin.xml", year: year)
  R.check(census, in: CensusContext(year: year, referenceDate: day), into: &report)
  return report.findings
}

/// How many issues (not places) `rule` finds on `child`.
func issues<R: CensusChildRule>(_ rule: R.Type, _ child: CensusChild, reference: String = "2025-03-31") -> Int {
  Set(findings(rule, child, reference: reference).compactMap(\.issueID)).count
}

/// How many issues `rule` finds in `census`.
func issues<R: CensusReturnRule>(_ rule: R.Type, _ census: CensusReturn) -> Int {
  Set(findings(rule, census).compactMap(\.issueID)).count
}

/// One row of a rule's test table: a child that passes, or one that fires the rule `count` times.
struct RuleCase: Sendable, CustomTestStringConvertible {
  let name: String
  let child: CensusChild
  let count: Int
  /// The census reference date the case is checked at.
  let reference: String

  static func passes(_ name: String, _ child: CensusChild, reference: String = "2025-03-31") -> RuleCase {
    RuleCase(name: name, child: child, count: 0, reference: reference)
  }
  static func fires(
    _ name: String, _ child: CensusChild, times: Int = 1, reference: String = "2025-03-31"
  )
    -> RuleCase
  {
    RuleCase(name: name, child: child, count: times, reference: reference)
  }
  var testDescription: String { name }
}

/// One row of a file rule's test table.
struct FileRuleCase: Sendable, CustomTestStringConvertible {
  let name: String
  let census: CensusReturn
  let count: Int

  static func passes(_ name: String, _ census: CensusReturn) -> FileRuleCase {
    FileRuleCase(name: name, census: census, count: 0)
  }
  static func fires(_ name: String, _ census: CensusReturn, times: Int = 1) -> FileRuleCase {
    FileRuleCase(name: name, census: census, count: times)
  }
  var testDescription: String { name }
}
