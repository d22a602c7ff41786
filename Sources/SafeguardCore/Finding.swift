/// How serious a data problem is.
///
/// `error`: the row or field cannot be used and is left out of the figures that need it.
/// `query`: the value is usable but unlikely; someone should look. `warning`: worth knowing.
public enum Severity: String, Sendable, Comparable, CaseIterable {
  case error, query, warning
  var rank: Int { self == .error ? 0 : self == .query ? 1 : 2 }
  public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A data-quality rule: a stable code, its severity and the sentence that summarises it.
///
/// Each rule is declared at the bottom of the file that applies it.
public struct Rule: Hashable, Sendable {
  public let code: String
  public let severity: Severity
  public let summary: String
  public init(_ code: String, _ severity: Severity, _ summary: String) {
    self.code = code
    self.severity = severity
    self.summary = summary
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

  public init(
    _ rule: Rule, source: String, file: String, line: Int? = nil, childRef: String? = nil,
    field: String? = nil, value: String? = nil, message: String
  ) {
    self.rule = rule
    self.source = source
    self.file = file
    self.line = line
    self.childRef = childRef
    self.field = field
    self.value = value
    self.message = message
  }

  /// `file:line: column 'x' value 'y': message` for logs.
  public var located: String {
    var s = file
    if let line { s += ":\(line)" }
    s += ": "
    if let field { s += "column '\(field)' " }
    if let value { s += "value '\(value)' " }
    return s + "[\(rule.code)] " + message
  }
}
