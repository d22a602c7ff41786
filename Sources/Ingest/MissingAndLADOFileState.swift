import SafeguardCore
import SafeguardKernels

/// Per-file reading state of a missing-episode, police missing-person or LADO extract.
///
/// The rows are decoded in `MissingAndLADOFileState+Rows.swift`; this file holds the field
/// readers they share. A row without its reference, person or start date, or without a
/// readable MISSING / Contact Type (the records cannot be built without them), is left out with
/// an error finding. Any other value that is blank where required, or cannot be read, is a
/// finding naming the file, line, column and raw value; that value is nil (or `.unknown`) and the
/// row is kept. A column the file lacks reads as blank.
struct MissingAndLADOFileState: CSVFileState {
  let name: String
  let children: ChildRegistry
  let schema: MissingAndLADOSchema
  let width: Int
  /// For each `MissingAndLADOField`, the position of its column in the file (-1 when absent).
  let fieldSlot: [Int]
  /// For each `MissingAndLADOField`, its column's canonical header, for findings.
  let fieldName: [String]
  let fileIndex: UInt16
  var rows = 0
  var rowsUsed = 0
  var firstDate: Day?
  var lastDate: Day?
  var findings: [Finding] = []
  var missingEpisodes: [MissingEpisodeRecord] = []
  var policeMissing: [PoliceMissingRecord] = []
  var ladoContacts: [LADOContactRecord] = []
  /// Each reference kept so far (Occurrence Ref, LADO Ref), with its line: a repeat is left out.
  var refsKept: [String: Int] = [:]

  init(name: String, children: ChildRegistry, fileIndex: UInt16, schema: MissingAndLADOSchema, layout: ColumnLayout) {
    self.name = name
    self.children = children
    self.fileIndex = fileIndex
    self.schema = schema
    width = layout.headers.count
    fieldSlot = layout.fieldSlot
    fieldName = layout.fieldName
  }

  var kind: ExtractKind { schema.kind }

  /// Decodes one data row (blank rows are skipped).
  mutating func accept(_ record: CSVRecord) {
    if record.isEmpty { return }
    guard counts(record) else { return }
    switch schema.kind {
    case .missingEpisodes: decodeMissingEpisode(record)
    case .policeMissing: decodePoliceReport(record)
    case .lado: decodeLADOContact(record)
    default: break  // an Annex A list: never a MissingAndLADOSchema
    }
  }

  /// The row being decoded, and the child it is about once known (for findings).
  struct Row {
    let record: CSVRecord
    var child: String?
  }

  // MARK: Fields

  /// The raw text of `field` on this row ("" when the file lacks the column).
  func raw(_ row: Row, _ field: MissingAndLADOField) -> String { row.record.string(fieldSlot[field.rawValue]) }

  /// True when `field`'s column is absent or the value is a blank marker.
  func isBlank(_ row: Row, _ field: MissingAndLADOField) -> Bool {
    row.record.withField(fieldSlot[field.rawValue]) { FieldParsing.isBlank($0) }
  }

  /// A finding about `field`'s value on this row.
  mutating func report(_ rule: Rule, _ row: Row, _ field: MissingAndLADOField, _ message: String) {
    findings.append(
      finding(
        rule, row.record.line, child: row.child, field: fieldName[field.rawValue], value: raw(row, field), message))
  }

  /// Text, trimmed; nil when absent or blank.
  func text(_ row: Row, _ field: MissingAndLADOField) -> String? {
    row.record.withField(fieldSlot[field.rawValue]) {
      FieldParsing.isBlank($0) ? nil : String(decoding: FieldParsing.trimmed($0), as: UTF8.self)
    }
  }

  /// A reference the row cannot do without (Occurrence Ref, LADO Ref, Person Ref); nil, with an
  /// error finding (ING031), when blank.
  mutating func reference(_ row: Row, _ field: MissingAndLADOField) -> String? {
    if let ref = text(row, field) { return ref }
    report(Rules.blankReference, row, field, "the \(fieldName[field.rawValue]) is blank, so the row is left out")
    return nil
  }

  /// The LA child ID interned in the run's registry; nil when absent or blank.
  func child(_ row: Row) -> Int32? {
    row.record.withField(fieldSlot[MissingAndLADOField.child.rawValue]) {
      FieldParsing.isBlank($0) ? nil : children.intern(bytes: FieldParsing.trimmed($0))
    }
  }

  /// `field` as a date, or a date and time when `time`.
  private func parsed(_ row: Row, _ field: MissingAndLADOField, time: Bool) -> DateTimeField {
    row.record.withField(fieldSlot[field.rawValue]) { b in
      if time { return FieldParsing.dateTime(b) }
      switch FieldParsing.date(b) {
      case .date(let d): return .dateTime(DayTime(day: d))
      case .blank: return .blank
      case .invalid(let why): return .invalid(why)
      }
    }
  }

  /// The start (MIS_START, Reported Missing, Date Received); nil, with an error finding (ING011,
  /// ING012), when blank or unreadable: the row is left out.
  mutating func start(_ row: Row, time: Bool) -> DayTime? {
    switch parsed(row, .start, time: time) {
    case .dateTime(let t): return t
    case .blank:
      report(Rules.blankIndexDate, row, .start, "the date is blank, so the row cannot be placed in a period")
    case .invalid(let why):
      report(Rules.badIndexDate, row, .start, "\(why); the row is left out of the figures")
    }
    return nil
  }

  /// Any other date or date-time; nil when blank or unreadable (ING013, the row is kept).
  mutating func moment(_ row: Row, _ field: MissingAndLADOField, time: Bool) -> DayTime? {
    switch parsed(row, field, time: time) {
    case .dateTime(let t): return t
    case .blank: return nil
    case .invalid(let why):
      report(Rules.badOtherDate, row, field, "\(why); the row is used without this date")
      return nil
    }
  }

  /// A yes/no answer; `.unknown` when absent, blank, or not a yes/no answer (ING014).
  mutating func yesNo(_ row: Row, _ field: MissingAndLADOField) -> YesNo {
    if let answer = row.record.withField(fieldSlot[field.rawValue], { FieldParsing.yesNo($0) }) { return answer }
    report(
      Rules.badYesNo, row, field,
      "expected Y or N (Yes/No/1/0/True/False); the row is counted but left out of the figures that need this answer")
    return .unknown
  }

  /// A value from `list`; nil when absent, blank, or not in the list (ING015, the row is kept).
  mutating func coded<Value>(_ row: Row, _ field: MissingAndLADOField, _ list: WordList<Value>) -> Value? {
    guard let text = text(row, field) else { return nil }
    if let v = list.value(text) { return v }
    report(
      Rules.unknownCode, row, field,
      "'\(text)' is not one of \(list.expected); the row is counted but left out of the figures that need it")
    return nil
  }

  /// A finding (ING030) when a value the extract requires is blank; the row is kept without it.
  mutating func checkRequired(_ row: Row, _ fields: MissingAndLADOField...) {
    for field in fields where isBlank(row, field) {
      report(
        Rules.blankRequiredValue, row, field,
        "the \(fieldName[field.rawValue]) is required but blank; the row is kept without it")
    }
  }

  /// A finding (ING016) when the date of birth is after the start.
  mutating func checkBirth(_ row: Row, _ birth: Day?, start: DayTime) {
    guard let birth, birth > start.day else { return }
    report(Rules.bornAfterEvent, row, .birthDate, "the date of birth is after the start \(start)")
  }

  /// A finding (ING033) when the end is before the start; the row is kept as it is.
  mutating func checkOrder(_ row: Row, start: DayTime, end: DayTime?) {
    // A date-only end runs to the end of its day, so 1 April 10:00 to 1 April is not out of order.
    guard let end, end.minutes(endOfDayWhenNoTime: true) < start.minutes() else { return }
    report(Rules.endBeforeStart, row, .end, "the end is before the start \(start)")
  }

  /// True for a reference not kept before in this file; otherwise false with a finding (ING036).
  mutating func firstUse(_ row: Row, ref: String) -> Bool {
    if let first = refsKept[ref] {
      report(
        Rules.repeatedReference, row, .ref,
        "the \(fieldName[MissingAndLADOField.ref.rawValue]) was already used on line \(first); the row is left out")
      return false
    }
    refsKept[ref] = row.record.line
    return true
  }
}
