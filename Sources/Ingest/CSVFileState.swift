import SafeguardCore
import SafeguardKernels

/// What every CSV reader's per-file state keeps: the file, its kind, row counts, the dates
/// covered and the findings so far. The shared steps (a finding at a place, a row kept, a row
/// too wide, a quoting error, the file's summary) are written once here.
protocol CSVFileState {
  var name: String { get }
  var kind: ExtractKind { get }
  /// Number of columns in the header row.
  var width: Int { get }
  var rows: Int { get set }
  var rowsUsed: Int { get set }
  var firstDate: Day? { get set }
  var lastDate: Day? { get set }
  var findings: [Finding] { get set }
}

extension CSVFileState {
  var source: String { kind.rawValue }

  func finding(
    _ rule: Rule, _ line: Int, child: String?, field: String?, value: String?, _ message: String
  )
    -> Finding
  {
    Finding(rule, source: source, file: name, line: line, childRef: child, field: field, value: value, message: message)
  }

  /// Counts a row kept, dated `d` (its index date).
  @inline(__always)
  mutating func used(_ d: Day) {
    rowsUsed += 1
    if firstDate == nil || d < firstDate! { firstDate = d }
    if lastDate == nil || d > lastDate! { lastDate = d }
  }

  /// Counts a data row; false (with a finding) when it has more fields than the header, since
  /// an unquoted comma may have shifted its columns.
  @inline(__always)
  mutating func counts(_ record: CSVRecord) -> Bool {
    rows += 1
    guard record.count > width else { return true }
    findings.append(
      finding(
        Rules.tooManyFields, record.line, child: nil, field: nil, value: nil,
        "the row has \(record.count) fields but the header has \(width); an unquoted comma may have shifted the columns, so the row is left out"
      ))
    return false
  }

  mutating func quotingError(_ e: CSVQuotingError) {
    let lines = e.firstLine == e.lastLine ? "line \(e.firstLine)" : "lines \(e.firstLine)–\(e.lastLine)"
    let message =
      e.atEndOfFile
      ? "a quote opened on line \(e.firstLine) is never closed before the end of the file; \(lines) could not be read"
      : "the quoting is broken (a quote inside an unquoted field, or text after a closing quote); \(lines) could not be read"
    findings.append(
      Finding(
        e.atEndOfFile ? Rules.unterminatedQuote : Rules.badQuoting, source: source, file: name, line: e.firstLine,
        message: message))
    rows += 1
  }

  /// The file's summary, once read.
  func summary(encoding: String, bytes: Int, ignored: [String]) -> ExtractFileSummary {
    var s = ExtractFileSummary(file: name, kind: kind, encoding: encoding)
    s.bytes = bytes
    s.rows = rows
    s.rowsUsed = rowsUsed
    s.firstDate = firstDate
    s.lastDate = lastDate
    s.ignoredColumns = ignored
    return s
  }
}
