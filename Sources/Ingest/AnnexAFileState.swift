import SafeguardCore

/// Per-file reading state: the header mapping, counters, and the records decoded so far.
///
/// Lists 1 and 3 are decoded here, lists 2 and 4–8 in `AnnexAFileState+Lists.swift`. Each row
/// is decoded from the parser's bytes; only the values a record keeps become strings.
struct AnnexAFileState {
  let name: String
  let children: ChildRegistry
  var headers: [String] = []
  var schema: AnnexASchema?
  var unrecognised = false
  /// The lists a header row fitted equally well, when it was not read for that reason.
  var ambiguous: [ExtractKind] = []
  /// For each schema column, its position in the file (-1 when absent).
  var slot: [Int] = []
  /// For each `AnnexAField`, the position of its column in the file (-1 when absent).
  var fieldSlot: [Int] = []
  /// For each `AnnexAField`, its column's canonical header, for findings.
  var fieldName: [String] = []
  var rows = 0
  var rowsUsed = 0
  var firstDate: Day?
  var lastDate: Day?
  var ignored: [String] = []
  /// Set once the header is read: which columns the parser should copy.
  var columnsToKeep: [Bool]?
  var contacts: [ContactRecord] = []
  var referrals: [ReferralRecord] = []
  var earlyHelp: [EarlyHelpAssessmentRecord] = []
  var assessments: [AnnexAAssessmentRecord] = []
  var section47s: [AnnexASection47Record] = []
  var cinRecords: [AnnexACINRecord] = []
  var plans: [AnnexAPlanRecord] = []
  var careEpisodes: [AnnexACareRecord] = []
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
    case .annexAEarlyHelp: decodeEarlyHelp(record)
    case .annexAAssessments: decodeAssessment(record)
    case .annexASection47: decodeSection47(record)
    case .annexAChildrenInNeed: decodeCIN(record)
    case .annexAChildProtection: decodePlan(record)
    case .annexAChildrenInCare: decodeCare(record)
    case .missingEpisodes, .policeMissing, .lado: break  // not Annex A lists: never an AnnexASchema
    }
    return nil
  }

  private mutating func header(_ record: CSVRecord) -> RunFailure? {
    headers = (0..<record.count).map { record.string($0).trimmingSpaces() }
    let found: AnnexASchema
    switch AnnexASchema.recognise(headers) {
    case .list(let schema): found = schema
    case .noList:
      unrecognised = true
      return nil
    case .ambiguous(let kinds):
      unrecognised = true
      ambiguous = kinds
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
    fieldSlot = [Int](repeating: -1, count: AnnexAField.allCases.count)
    fieldName = [String](repeating: "", count: AnnexAField.allCases.count)
    for (i, col) in found.columns.enumerated() {
      guard let field = col.field else { continue }
      fieldSlot[field.rawValue] = slot[i]
      fieldName[field.rawValue] = col.canonical
    }
    // Copy only the columns a decoder reads; the others arrive empty.
    let decoded = Set(fieldSlot.filter { $0 >= 0 })
    columnsToKeep = headers.indices.map { decoded.contains($0) }
    let used = Set(positions.compactMap { $0 })
    ignored = headers.indices.filter { !used.contains($0) }.map { headers[$0] }
    return nil
  }

  func finding(
    _ rule: Rule, _ line: Int, child: String?, field: String?, value: String?, _ message: String
  )
    -> Finding
  {
    Finding(rule, source: source, file: name, line: line, childRef: child, field: field, value: value, message: message)
  }

  /// The child's index, or nil (with a finding) when the ID is blank.
  mutating func child(_ record: CSVRecord) -> Int32? {
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
  mutating func indexDate(_ record: CSVRecord, child: Int32) -> Day? {
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

  mutating func used(_ d: Day) {
    rowsUsed += 1
    if firstDate == nil || d < firstDate! { firstDate = d }
    if lastDate == nil || d > lastDate! { lastDate = d }
  }

  /// Checks the date of birth (not used in the front-door figures, but reported when wrong).
  mutating func checkBirth(_ record: CSVRecord, child: Int32, event: Day) {
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

  /// The opening every row decoder shares: the child and the index date (the row is left out,
  /// with a finding, when either is unusable), then the date-of-birth check.
  mutating func begin(_ record: CSVRecord) -> (Int32, Day)? {
    guard let c = child(record), let d = indexDate(record, child: c) else { return nil }
    checkBirth(record, child: c, event: d)
    return (c, d)
  }

  mutating func decodeContact(_ record: CSVRecord) {
    guard let (c, d) = begin(record) else { return }
    checkCode(record, column: 6, child: c)
    contacts.append(ContactRecord(child: c, date: d, file: fileIndex))
    used(d)
  }

  mutating func decodeReferral(_ record: CSVRecord) {
    guard let (c, d) = begin(record) else { return }
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
