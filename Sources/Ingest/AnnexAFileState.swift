import SafeguardCore
import SafeguardKernels

/// Per-file reading state of an Annex A list: the column positions, counters, and the records
/// decoded so far.
///
/// Every list reads its columns by field (`AnnexAField`), through the positions its schema found
/// in the header row, never by position: the shared opening of a row (child, index date, date of
/// birth) is here, each list's decoder in `AnnexAFileState+Lists.swift`. Each row is decoded from
/// the parser's bytes; only the values a record keeps become strings.
struct AnnexAFileState: CSVFileState {
  let name: String
  let children: ChildRegistry
  let schema: AnnexASchema
  let width: Int
  /// For each `AnnexAField`, the position of its column in the file (-1 when absent).
  let fieldSlot: [Int]
  /// For each `AnnexAField`, its column's canonical header, for findings.
  let fieldName: [String]
  var rows = 0
  var rowsUsed = 0
  var firstDate: Day?
  var lastDate: Day?
  var contacts: [ContactRecord] = []
  var referrals: [ReferralRecord] = []
  /// Who each contact and referral is about and who made it, in record order.
  var contactDetails = FrontDoorDetailsReader()
  var referralDetails = FrontDoorDetailsReader()
  /// For each source code of the file's contacts or referrals: 0 not looked up yet, 1 a census
  /// source code, 2 not one.
  var sourceKnown = [UInt8](repeating: 0, count: 256)
  var earlyHelp: [EarlyHelpAssessmentRecord] = []
  var assessments: [AnnexAAssessmentRecord] = []
  var section47s: [AnnexASection47Record] = []
  var cinRecords: [AnnexACINRecord] = []
  var plans: [AnnexAPlanRecord] = []
  var careEpisodes: [AnnexACareRecord] = []
  /// Lists 4 to 8: each row's account of its child, for the breakdowns.
  var descriptions: [ChildDescription] = []
  var findings: [Finding] = []

  let fileIndex: UInt16

  init(name: String, children: ChildRegistry, fileIndex: UInt16, schema: AnnexASchema, layout: ColumnLayout) {
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
  }

  /// The position in the file of `field`'s column (-1 when absent).
  func column(_ field: AnnexAField) -> Int { fieldSlot[field.rawValue] }

  /// The front-door dimensions this file's columns can give (lists 1 and 3).
  var frontDoorDimensions: Set<BreakdownDimension> {
    let columns: [(AnnexAField, BreakdownDimension)] = [
      (.source, .source), (.birthDate, .age), (.sex, .sex), (.ethnicity, .ethnicity),
    ]
    return Set(columns.filter { column($0.0) >= 0 }.map(\.1))
  }

  /// The child dimensions this file's columns can give (lists 4 to 8 describe their children).
  var describedDimensions: Set<BreakdownDimension> {
    guard
      [.annexAAssessments, .annexASection47, .annexAChildrenInNeed, .annexAChildProtection, .annexAChildrenInCare]
        .contains(kind)
    else { return [] }
    let columns: [(AnnexAField, BreakdownDimension)] = [
      (.birthDate, .age), (.sex, .sex), (.ethnicity, .ethnicity), (.disability, .disability),
    ]
    return Set(columns.filter { column($0.0) >= 0 }.map(\.1))
  }

  /// The child's index, or nil (with a finding) when the ID is blank.
  mutating func child(_ record: CSVRecord) -> Int32? {
    let raw = record.field(column(.childID))
    guard !FieldParsing.isBlank(raw) else {
      findings.append(
        finding(
          Rules.blankChildID, record.line, child: nil, field: fieldName[AnnexAField.childID.rawValue],
          value: record.string(column(.childID)),
          "the child ID is blank, so the row cannot be counted"))
      return nil
    }
    let id = FieldParsing.trimmed(raw)
    // The parser hashed the ID as read; that hash serves when no spaces were trimmed.
    if id.count == raw.count, record.key != 0 { return children.intern(bytes: id, hash: record.key) }
    return children.intern(bytes: id)
  }

  /// The index date, or nil (with a finding) when blank or unreadable.
  mutating func indexDate(_ record: CSVRecord, child: Int32) -> Day? {
    let name = fieldName[AnnexAField.indexDate.rawValue]
    switch record.withField(column(.indexDate), { FieldParsing.date($0) }) {
    case .date(let d): return d
    case .blank:
      findings.append(
        finding(
          Rules.blankIndexDate, record.line, child: children[child], field: name, value: "",
          "the date is blank, so the row cannot be placed in a period"))
    case .invalid(let why):
      findings.append(
        finding(
          Rules.badIndexDate, record.line, child: children[child], field: name,
          value: record.string(column(.indexDate)), "\(why); the row is left out of the figures"))
    }
    return nil
  }

  /// Checks the date of birth against the event and returns it; nil when absent, blank or
  /// unreadable (reported), or after the event (reported, and not used).
  @discardableResult
  mutating func checkBirth(_ record: CSVRecord, child: Int32, event: Day) -> Day? {
    let at = column(.birthDate)
    guard at >= 0 else { return nil }
    switch record.withField(at, { FieldParsing.date($0) }) {
    case .date(let dob) where dob > event:
      findings.append(
        finding(
          Rules.bornAfterEvent, record.line, child: children[child], field: "Date of Birth", value: dob.iso,
          "the date of birth is after the event date \(event.iso)"))
      return nil
    case .date(let dob): return dob
    case .invalid(let why):
      findings.append(
        finding(
          Rules.badOtherDate, record.line, child: children[child], field: "Date of Birth",
          value: record.string(at), why))
      return nil
    case .blank: return nil
    }
  }

  /// The columns of a contact's or referral's details: source, sex and ethnicity.
  var detailColumns: (source: Int, sex: Int, ethnicity: Int) { (column(.source), column(.sex), column(.ethnicity)) }

  /// Checks a contact or referral source against the census source codes (a query when it is not
  /// one; the row counts either way). `code` is the source's code among `sources`' values; each
  /// value is looked up once, not once a row.
  mutating func checkSource(_ record: CSVRecord, child: Int32, code: UInt8, in sources: CodedColumn) {
    guard code != 0 else { return }
    if sourceKnown[Int(code)] == 0 {
      let value = sources.values[Int(code)]
      sourceKnown[Int(code)] = ReferralSourceCodes.all.contains(value) ? 1 : 2
    }
    guard sourceKnown[Int(code)] == 2 else { return }
    findings.append(
      finding(
        Rules.unknownCode, record.line, child: children[child], field: fieldName[AnnexAField.source.rawValue],
        value: record.string(column(.source)),
        "'\(sources.values[Int(code)])' is not a CIN census source code (1A–1D, 2A, 2B, 3A–3F, 4, 5A–5D, 6–10)"))
  }

  /// The opening every row decoder shares: the child and the index date (the row is left out,
  /// with a finding, when either is unusable), then the date-of-birth check.
  mutating func begin(_ record: CSVRecord) -> (Int32, Day)? {
    begun(record).map { ($0.0, $0.1) }
  }

  /// `begin`, with the date of birth when it reads and is not after the index date.
  mutating func begun(_ record: CSVRecord) -> (Int32, Day, born: Day?)? {
    guard let c = child(record), let d = indexDate(record, child: c) else { return nil }
    return (c, d, checkBirth(record, child: c, event: d))
  }

}
