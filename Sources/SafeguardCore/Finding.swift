/// How serious a data problem is, as its rule classes it.
///
/// `error`: wrong (for a DfE rule, the return would be rejected until it is fixed or explained).
/// `query`: usable but unlikely; someone should look. `warning`: worth knowing.
/// Severity is not effect: whether a value is left out of the figures is decided where it is
/// read (a value that cannot be read or used), and the finding's message says so; a DfE error
/// on a readable value is reported and the value stays in every figure.
public enum Severity: String, Sendable, Comparable, CaseIterable {
  case error, query, warning
  var rank: Int { self == .error ? 0 : self == .query ? 1 : 2 }
  public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A data-quality rule: a stable code, its severity and the sentence that summarises it.
///
/// Each rule is declared at the bottom of the file that applies it. A class, so that each of the
/// findings a rule makes holds one reference to it rather than copies of its texts (a national
/// census can give hundreds of thousands of findings); equal when code, severity, summary and
/// module are.
public final class Rule: Hashable, Sendable {
  public let code: String
  public let severity: Severity
  public let summary: String
  /// The part of the extract the rule checks (a CIN census module for the DfE rules); nil when
  /// the rule belongs to no module.
  public let module: String?
  public init(_ code: String, _ severity: Severity, _ summary: String, module: String? = nil) {
    self.code = code
    self.severity = severity
    self.summary = summary
    self.module = module
  }

  public static func == (a: Rule, b: Rule) -> Bool {
    a === b || (a.code == b.code && a.severity == b.severity && a.summary == b.summary && a.module == b.module)
  }

  public func hash(into h: inout Hasher) {
    h.combine(code)
    h.combine(severity)
  }
}

/// One data problem found in one place: a value, not an exception.
public struct Finding: Hashable, Sendable {
  public let rule: Rule
  /// The extract kind the problem is in (`annex_a_list_3`), or the stage for derived problems.
  public let source: String
  /// The file name relative to the run's input folder.
  public let file: String
  /// 1-based physical line where the row starts; nil for file-level findings.
  public let line: Int?
  public let childRef: String?
  public let field: String?
  public let value: String?
  /// A sentence about this instance.
  public let message: String
  /// Shared by the places of one issue that a rule found across several records; nil for a
  /// finding in one place.
  public var issueID: Int?
  /// The census year the rule was applied for (`2024-25`); nil outside the census rules.
  public let year: String?
  /// For a workbook sheet (`file` is then `book.xlsx[Sheet]`), the cell in A1 form (`F17`), or
  /// the row (`17:17`) when the finding names no column; nil for other files.
  public var cell: String?

  public init(
    _ rule: Rule, source: String, file: String, line: Int? = nil, childRef: String? = nil,
    field: String? = nil, value: String? = nil, message: String, issueID: Int? = nil, year: String? = nil
  ) {
    self.issueID = issueID
    self.year = year
    self.rule = rule
    self.source = source
    self.file = file
    self.line = line
    self.childRef = childRef
    self.field = field
    self.value = value
    self.message = message
  }

  /// Where the finding is: `file:line`, or `book.xlsx[Sheet]!F17` in a workbook; the file alone
  /// for a file-level finding.
  public var place: String {
    if let cell { return file + "!" + cell }
    return file + (line.map { ":\($0)" } ?? "")
  }

  /// `file:line: column 'x' value 'y': message` for logs (`book.xlsx[Sheet]!F17: …` in a workbook).
  public var located: String {
    var s = place
    s += ": "
    if let field { s += "column '\(field)' " }
    if let value { s += "value '\(value)' " }
    return s + "[\(rule.code)] " + message
  }
}
