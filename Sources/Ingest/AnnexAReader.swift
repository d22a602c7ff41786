import SafeguardCore

/// What reading one file gave.
public enum FileOutcome: Sendable {
  /// Read as an extract of this kind.
  case read(ExtractFileSummary)
  /// Not an extract the pipeline knows: the reason says what it looked like.
  case unrecognised(file: String, reason: String)
}

/// Reads Annex A CSV lists into records, streaming.
///
/// The list is recognised from the headers. Each row is decoded field by field from the raw
/// bytes; a field that cannot be read becomes a finding naming the file, line, column and raw
/// value, and the row is left out only of what needs that field (a row without a usable child
/// ID or index date is left out altogether). Duplicates across files are not removed here.
public struct AnnexAReader {
  public init() {}

  /// Reads `path` (shown as `name` in findings) into `set`.
  ///
  /// - Throws: `RunFailure` when the file cannot be opened or read (66, 74), or when a required
  ///   column is missing (65), naming the column and the closest header present.
  public func read(path: String, name: String, into set: inout ExtractSet) throws -> FileOutcome {
    let file = try FileBytes(path: path)
    var transcoder = UTF8Transcoder()
    var state = FileState(name: name, children: set.children, fileIndex: UInt16(clamping: set.files.count))
    var failure: RunFailure?
    let parser = try CSVParser(
      onRecord: { record in
        if failure == nil, let f = state.accept(record) { failure = f }
        defer { state.columnsToKeep = nil }
        return state.columnsToKeep
      },
      onError: { state.quotingError($0) })
    var utf8: [UInt8] = []
    utf8.reserveCapacity(FileBytes.chunkSize + FileBytes.chunkSize / 4)
    var bytes = 0
    do {
      try file.forEachChunk { chunk in
        bytes += chunk.count
        utf8.removeAll(keepingCapacity: true)
        transcoder.decode(chunk, into: &utf8)
        utf8.withUnsafeBytes { parser.feed($0) }
        if let failure { throw failure }
        if state.unrecognised { throw StopReading() }
      }
    } catch is StopReading {}
    if !state.unrecognised {
      utf8.removeAll(keepingCapacity: true)
      transcoder.finish(into: &utf8)
      utf8.withUnsafeBytes { parser.feed($0) }
      parser.finish()
      if let failure { throw failure }
    }
    guard let schema = state.schema, !state.unrecognised else {
      let headers = state.headers.isEmpty ? "no header row" : "headers: " + state.headers.joined(separator: ", ")
      return .unrecognised(file: name, reason: "matches no known extract (\(headers))")
    }
    var summary = ExtractFileSummary(file: name, kind: schema.kind, encoding: (transcoder.encoding ?? .utf8).rawValue)
    summary.bytes = bytes
    summary.rows = state.rows
    summary.rowsUsed = state.rowsUsed
    summary.firstDate = state.firstDate
    summary.lastDate = state.lastDate
    summary.ignoredColumns = state.ignored
    if transcoder.mixed {
      state.findings.append(
        Finding(
          Rules.mixedEncoding, source: schema.kind.rawValue, file: name,
          message:
            "the file mixes UTF-8 and Windows-1252 text; it was read as Windows-1252 from the first byte that is not UTF-8"
        ))
    }
    // Hand the records over without a copy when the set has none yet (the usual single file).
    if set.contacts.isEmpty { set.contacts = state.contacts } else { set.contacts.append(contentsOf: state.contacts) }
    if set.referrals.isEmpty {
      set.referrals = state.referrals
    } else {
      set.referrals.append(contentsOf: state.referrals)
    }
    state.contacts = []
    state.referrals = []
    set.findings.append(contentsOf: state.findings)
    set.files.append(summary)
    return .read(summary)
  }
}

private struct StopReading: Error {}

/// Per-file reading state: the header mapping, counters, and the records decoded so far.
private struct FileState {
  let name: String
  let children: ChildRegistry
  var headers: [String] = []
  var schema: AnnexASchema?
  var unrecognised = false
  var slot: [Int] = []
  var rows = 0
  var rowsUsed = 0
  var firstDate: Day?
  var lastDate: Day?
  var ignored: [String] = []
  /// Set once the header is read: which columns the parser should copy.
  var columnsToKeep: [Bool]?
  var contacts: [ContactRecord] = []
  var referrals: [ReferralRecord] = []
  var findings: [Finding] = []

  let fileIndex: UInt16

  init(name: String, children: ChildRegistry, fileIndex: UInt16) {
    self.name = name
    self.children = children
    self.fileIndex = fileIndex
  }

  var source: String { schema?.kind.rawValue ?? "unrecognised" }

  /// Handles one record; returns a run failure for a missing required column.
  mutating func accept(_ record: CSVRecord) -> RunFailure? {
    if unrecognised { return nil }
    if schema == nil {
      if headers.isEmpty && record.isEmpty { return nil }
      return header(record)
    }
    if record.isEmpty { return nil }
    rows += 1
    if record.count > headers.count {
      findings.append(
        finding(
          Rules.tooManyFields, record.line, child: nil, field: nil, value: nil,
          "the row has \(record.count) fields but the header has \(headers.count); an unquoted comma may have shifted the columns, so the row is left out"
        ))
      return nil
    }
    switch schema!.kind {
    case .annexAContacts: decodeContact(record)
    case .annexAReferrals: decodeReferral(record)
    }
    return nil
  }

  private mutating func header(_ record: CSVRecord) -> RunFailure? {
    headers = (0..<record.count).map { record.string($0).trimmingSpaces() }
    guard let found = AnnexASchema.all.first(where: { $0.recognises(headers) }) else {
      unrecognised = true
      return nil
    }
    schema = found
    let positions = found.positions(in: headers)
    for (i, col) in found.columns.enumerated() where col.required && positions[i] == nil {
      let near =
        HeaderMatching.closest(to: col.canonical, in: headers).map { "; the closest header present is '\($0)'" } ?? ""
      return RunFailure(
        .dataError, "\(name): required column '\(col.canonical)' is missing from this \(found.kind.title) file\(near)")
    }
    slot = positions.map { $0 ?? -1 }
    let used = Set(positions.compactMap { $0 })
    columnsToKeep = headers.indices.map { used.contains($0) }
    ignored = headers.indices.filter { !used.contains($0) }.map { headers[$0] }
    return nil
  }

  private func finding(
    _ rule: Rule, _ line: Int, child: String?, field: String?, value: String?, _ message: String
  )
    -> Finding
  {
    Finding(rule, source: source, file: name, line: line, childRef: child, field: field, value: value, message: message)
  }

  /// The child's index, or nil (with a finding) when the ID is blank.
  private mutating func child(_ record: CSVRecord) -> Int32? {
    let raw = record.field(slot[0])
    guard !FieldParsing.isBlank(raw) else {
      findings.append(
        finding(
          Rules.blankChildID, record.line, child: nil, field: schema!.columns[0].canonical,
          value: record.string(slot[0]),
          "the child ID is blank, so the row cannot be counted"))
      return nil
    }
    return children.intern(bytes: FieldParsing.trimmed(raw))
  }

  /// The index date, or nil (with a finding) when blank or unreadable.
  private mutating func indexDate(_ record: CSVRecord, child: Int32) -> Day? {
    let col = schema!.indexColumn
    switch record.withField(slot[col], { FieldParsing.date($0) }) {
    case .date(let d): return d
    case .blank:
      findings.append(
        finding(
          Rules.blankIndexDate, record.line, child: children[child], field: schema!.columns[col].canonical, value: "",
          "the date is blank, so the row cannot be placed in a period"))
    case .invalid(let why):
      findings.append(
        finding(
          Rules.badIndexDate, record.line, child: children[child], field: schema!.columns[col].canonical,
          value: record.string(slot[col]), "\(why); the row is left out of the figures"))
    }
    return nil
  }

  private mutating func used(_ d: Day) {
    rowsUsed += 1
    if firstDate == nil || d < firstDate! { firstDate = d }
    if lastDate == nil || d > lastDate! { lastDate = d }
  }

  /// Checks the date of birth (not used in the front-door figures, but reported when wrong).
  private mutating func checkBirth(_ record: CSVRecord, child: Int32, event: Day) {
    guard slot[3] >= 0 else { return }
    switch record.withField(slot[3], { FieldParsing.date($0) }) {
    case .date(let dob) where dob > event:
      findings.append(
        finding(
          Rules.bornAfterEvent, record.line, child: children[child], field: "Date of Birth", value: dob.iso,
          "the date of birth is after the event date \(event.iso)"))
    case .invalid(let why):
      findings.append(
        finding(
          Rules.badOtherDate, record.line, child: children[child], field: "Date of Birth",
          value: record.string(slot[3]), why))
    default: break
    }
  }

  private mutating func checkCode(_ record: CSVRecord, column: Int, child: Int32) {
    guard slot[column] >= 0 else { return }
    let raw = record.field(slot[column])
    if FieldParsing.isBareSourceCode(raw) == true { return }
    let code = FieldParsing.isBlank(raw) ? nil : FieldParsing.code(raw)
    if let code, !ReferralSourceCodes.all.contains(code) {
      findings.append(
        finding(
          Rules.unknownCode, record.line, child: children[child], field: schema!.columns[column].canonical,
          value: record.string(slot[column]),
          "'\(code)' is not a CIN census source code (1A–1D, 2A, 2B, 3A–3F, 4, 5A–5D, 6–10)"))
    }
  }

  mutating func decodeContact(_ record: CSVRecord) {
    guard let c = child(record), let d = indexDate(record, child: c) else { return }
    checkBirth(record, child: c, event: d)
    checkCode(record, column: 6, child: c)
    contacts.append(ContactRecord(child: c, date: d, file: fileIndex))
    used(d)
  }

  mutating func decodeReferral(_ record: CSVRecord) {
    guard let c = child(record), let d = indexDate(record, child: c) else { return }
    checkBirth(record, child: c, event: d)
    checkCode(record, column: 6, child: c)
    var nfa = YesNo.unknown
    if slot[7] >= 0 {
      if let v = record.withField(slot[7], { FieldParsing.yesNo($0) }) {
        nfa = v
      } else {
        findings.append(
          finding(
            Rules.badYesNo, record.line, child: children[c], field: "Referral NFA?", value: record.string(slot[7]),
            "expected Y or N (Yes/No/1/0/True/False); the referral is counted but left out of the NFA figure"))
      }
    }
    referrals.append(ReferralRecord(child: c, date: d, nfa: nfa, file: fileIndex))
    used(d)
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
}

/// Rules applied while reading extracts.
public enum Rules {
  public static let badQuoting = Rule("ING001", .error, "Rows whose quoting is broken could not be read")
  public static let unterminatedQuote = Rule(
    "ING002", .error, "A quote is never closed; the rows after it could not be read")
  public static let tooManyFields = Rule("ING003", .error, "Rows with more fields than the header were left out")
  public static let blankChildID = Rule("ING010", .error, "Rows without a child ID were left out")
  public static let blankIndexDate = Rule("ING011", .error, "Rows without an event date were left out")
  public static let badIndexDate = Rule("ING012", .error, "Rows whose event date is not a valid date were left out")
  public static let badOtherDate = Rule(
    "ING013", .query, "Dates that are not valid dates (the rest of the row is used)")
  public static let badYesNo = Rule(
    "ING014", .error, "Yes/no values that are not Y or N were left out of the figures that need them")
  public static let unknownCode = Rule("ING015", .query, "Codes that are not in the code list")
  public static let bornAfterEvent = Rule("ING016", .query, "Dates of birth after the event date")
  public static let mixedEncoding = Rule("ING020", .warning, "Files mixing two text encodings")
}
