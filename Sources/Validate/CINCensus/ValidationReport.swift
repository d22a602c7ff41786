import SafeguardCore

/// A place a finding points at: a field of the file, with the line it stands on and its text.
public struct CensusPlace: Sendable {
  public let field: String
  public let line: Int32
  public let text: String?

  /// The element `value`, or, when it is absent, the line of the element that should hold it.
  public init<V>(_ field: String, _ value: CensusValue<V>, within parentLine: Int32) {
    self.field = field
    line = value.line > 0 ? value.line : parentLine
    text = value.text.flatMap { $0.isEmpty ? nil : $0 }
  }

  /// A whole element (a module, a child), at its line.
  public init(_ field: String, line: Int32, text: String? = nil) {
    self.field = field
    self.line = line
    self.text = text
  }
}

/// The findings of one validation pass over one file: rules add to it, the pass returns it.
///
/// Each `add` is one issue. An issue at several places (a plan and the plan it overlaps) gives a
/// finding per place, all with the same `issueID`; an issue at one place has one finding and an
/// `issueID` too, so the detail file can be read issue by issue.
public struct ValidationReport: Sendable {
  public let file: String
  public let year: CensusYear
  /// `year.label`, made once: every finding carries it.
  private let yearLabel: String
  public private(set) var findings: [Finding] = []
  /// The next issue number; the pass starts it where the previous file's ended.
  public private(set) var nextIssue: Int
  /// The `LAchildID` of the child being checked, for each finding's `child_ref`.
  var childRef: String?

  public init(file: String, year: CensusYear, firstIssue: Int = 1) {
    self.file = file
    self.year = year
    yearLabel = year.label
    nextIssue = firstIssue
  }

  /// Records one issue of `info` at `places` (the first is where it is reported; the others are
  /// the records it is linked to). `message` defaults to DfE's message.
  public mutating func add(_ info: CensusRuleInfo, at places: [CensusPlace], message: String? = nil) {
    let issue = nextIssue
    nextIssue += 1
    for p in places {
      findings.append(
        Finding(
          info.rule, source: "cin_census", file: file, line: p.line > 0 ? Int(p.line) : nil, childRef: childRef,
          field: p.field, value: p.text, message: message ?? info.message, issueID: issue, year: yearLabel))
    }
  }

  /// Records one issue of `info` at one place.
  public mutating func add(_ info: CensusRuleInfo, at place: CensusPlace, message: String? = nil) {
    add(info, at: [place], message: message)
  }

  /// Records one issue about the child `child` as a whole (for rules that check a child's
  /// modules together and name none in particular).
  public mutating func add(_ info: CensusRuleInfo, child: CensusChild, message: String? = nil) {
    add(info, at: [CensusPlace("Child", line: child.line, text: child.laChildID.text)], message: message)
  }

  /// Runs `body` with findings attributed to `child`.
  mutating func checking(_ child: CensusChild, _ body: (inout ValidationReport) -> Void) {
    childRef = child.laChildID.value
    body(&self)
    childRef = nil
  }

  /// Sets the child that later findings belong to (for file rules that report per child).
  public mutating func attribute(to child: CensusChild?) { childRef = child?.laChildID.value }
}
