import SafeguardCore
import SafeguardKernels
import SafeguardKernelsXML

/// Reads DfE Children in Need census XML files (`specs/extracts.md` section 1), streaming.
///
/// The layout is recognised from the elements present: `GenderCurrent` (1 male, 2 female, 0 or
/// 9 unknown, to 2023/24) or `Sex` (M/F/U from 2024/25; the digits are accepted too), so an
/// earlier year re-extracted in a supported layout reads the same way. Repeated modules
/// (`CINdetails`, `Assessments`, `CINPlanDates`, `Section47`, `ChildProtectionPlans`, reviews,
/// disabilities, assessment factors) keep file order. Elements the reader does not know, such as
/// the 2025/26 `PreProceedingsandFGDM` block, are skipped whole with one warning per name; stray
/// text between elements is ignored. A value that cannot be read becomes a finding naming the file,
/// line, child, element and raw value, and only that value is left out; a child without an
/// `LAchildID` is left out with its episodes.
public struct CINCensusReader {
  /// The `source` of the findings this reader makes.
  public static let source = "cin_census"

  public init() {}

  /// Where the children go, `size` at a time, while the file is still being read (the validation
  /// pass checks them on another core meanwhile). The children after the last full batch are
  /// not handed over; the caller has them in the returned file.
  public struct Batches {
    public let size: Int
    /// Called on the reading thread with the next children in file order and the header so far.
    public let take: ([CensusChild], CensusHeaderElements) -> Void

    public init(size: Int = 2048, take: @escaping ([CensusChild], CensusHeaderElements) -> Void) {
      precondition(size > 0, "a batch holds at least one child")
      self.size = size
      self.take = take
    }
  }

  /// Reads one CIN census XML file, streaming (never a libxml2 document tree), into a
  /// `CensusReturn` that keeps every element it knows as read (Transform derives the figures'
  /// `CINCensusFile` from it).
  ///
  /// Child IDs are interned in `children`. Each module's `line` is the line where its element starts.
  /// - Parameters:
  ///   - path: where the file is.
  ///   - name: how the file is called in findings and messages (relative to the input folder).
  ///   - children: the run's child registry.
  ///   - batches: who takes the children as they are read, if anyone.
  /// - Returns: the file's elements, and the findings made reading it.
  /// - Throws: `RunFailure(.noInput)` when the file cannot be opened; `RunFailure(.dataError)`
  ///   when the file declares a DOCTYPE or holds entity nodes (refused to prevent entity expansion
  ///   and external entity attacks), when it is not well-formed (`name:line: libxml2's message`),
  ///   or when its root element is not `Message`.
  public func read(
    path: String, name: String, children: ChildRegistry, batches: Batches? = nil
  ) throws -> (CensusReturn, [Finding]) {
    let xml: XMLTextReader
    do {
      xml = try XMLTextReader(path: path, name: name)
    } catch {
      throw Self.failure(error, name: name)
    }
    let parse = CINCensusParse(xml: xml, name: name, children: children, batches: batches)
    do {
      try parse.document()
    } catch let error as XMLReadError {
      throw Self.failure(error, name: name)
    }
    parse.reportParserMessages()
    if parse.census.children.isEmpty {
      parse.note(
        CINRules.noChildren, nil, field: "Children", value: nil,
        "the file holds no <Child>, so it gives no figures; a census return lists every child in need")
    }
    return (parse.census, parse.findings)
  }

  static func failure(_ error: XMLReadError, name: String) -> RunFailure {
    let at = error.line.map { "\(name):\($0)" } ?? name
    switch error.kind {
    case .cannotOpen:
      return RunFailure(
        .noInput, "cannot open the CIN census file \(name): \(error.message); check the path and permissions")
    case .io:
      return RunFailure(.ioError, "reading the CIN census file \(name) failed part-way: \(error.message); try again")
    case .notWellFormed:
      return RunFailure(
        .dataError,
        "\(at): \(error.message) (the CIN census file is not well-formed XML and cannot be read; re-export it)")
    case .documentType:
      return RunFailure(
        .dataError,
        "\(at): the file declares a DOCTYPE; CIN census files have none, and entity declarations are refused to "
          + "prevent XML entity expansion (billion laughs) and external entity (XXE) attacks, so the file was not read")
    case .entity:
      return RunFailure(
        .dataError,
        "\(at): the file uses an XML entity; CIN census files have none, and entities are refused to prevent XML "
          + "entity expansion (billion laughs) and external entity (XXE) attacks, so the file was not read")
    }
  }
}

// MARK: Values

extension CINCensusParse {
  /// Records a finding about the current child.
  func note(_ rule: Rule, _ line: Int?, field: String?, value: String?, _ message: String) {
    findings.append(
      Finding(
        rule, source: CINCensusReader.source, file: name, line: line, childRef: currentChild.map { children[$0] },
        field: field, value: value, message: message))
  }

  /// Reads the current element as a `CensusValue`: its trimmed text (blank markers such as `NULL`
  /// read as blank, ""), its line, and the value `parse` makes of non-blank text (nil when it
  /// cannot). An element holding elements is a finding and is kept as unreadable text `<…>`.
  func element<V>(_ parse: (UnsafeBufferPointer<UInt8>) -> V?) throws -> CensusValue<V> {
    var out = CensusValue<V>(text: "", value: nil, line: Int32(xml.line))
    let read: Bool? = try xml.text { raw in
      let b = CINValues.trimmed(raw)
      if !FieldParsing.isBlank(b) {
        out.text = strings.string(b)
        out.value = parse(b)
      }
      return true
    }
    if read == nil {
      let element = xml.localNameString
      out.text = "<…>"
      note(
        CINRules.unexpectedChildren, xml.line, field: element, value: nil,
        "<\(element)> should hold a value but holds other elements; it is left out")
    }
    return out
  }

  /// The element's text without surrounding white space.
  func string() throws -> CensusText {
    try element { strings.string($0) }
  }

  /// A code outside the lists the reader checks (ethnicity, need, disability, factor), upper-cased.
  func upperCode() throws -> CensusText {
    try element { upperCased($0) }
  }

  /// `CINValues.upperCased`, with text that has no lower-case letter made through `strings`.
  private func upperCased(_ b: UnsafeBufferPointer<UInt8>) -> String {
    CINValues.hasLowerCase(b) ? CINValues.upperCased(b) : strings.string(b)
  }

  /// A `yyyy-mm-dd` date; not such a date, or an impossible one, is a finding and no value.
  func date(_ field: String) throws -> CensusDate {
    try element { b in
      switch CINValues.date(b) {
      case .date(let d): return d
      case .blank: return nil
      case .invalid(let why):
        note(
          CINRules.badDate, xml.line, field: field, value: String(decoding: b, as: UTF8.self), "\(why); it is left out")
        return nil
      }
    }
  }

  /// `true`/`false` in any case, `1`, `0`; anything else a finding and no value.
  func yesNo(_ field: String) throws -> CensusBool {
    try element { b in
      if FieldParsing.isSchemaBoolean(b), let answer = FieldParsing.yesNo(b), answer != .unknown { return answer }
      note(
        CINRules.badYesNo, xml.line, field: field, value: String(decoding: b, as: UTF8.self),
        "expected true, false, 1 or 0; the answer is treated as unknown")
      return nil
    }
  }

  /// A code from `list`, upper-cased; a code outside the list is kept with a query.
  func code(_ field: String, _ list: CINCodeList<String>) throws -> CensusText {
    try element { b in
      if let known = list[b] { return known }
      let raw = String(decoding: b, as: UTF8.self)
      note(CINRules.unknownCode, xml.line, field: field, value: raw, "not a census code (expected \(list.expected))")
      return CINValues.upperCased(b)
    }
  }

  /// `Sex` (M/F/U) or `GenderCurrent` (1/2/0/9), kept as written (upper-cased); a code outside
  /// both lists is a query, and the child's sex is left unknown.
  func sex(_ field: String) throws -> CensusText {
    try element { b in
      if CINValues.sex[b] == nil {
        note(
          CINRules.unknownCode, xml.line, field: field, value: String(decoding: b, as: UTF8.self),
          "not a census code (expected \(CINValues.sex.expected)); the sex is left unknown")
      }
      return upperCased(b)
    }
  }

  /// A whole number of at most 9 digits; anything else a finding and no value.
  func count(_ field: String) throws -> CensusNumber {
    try element { b in
      if b.count <= 9, b.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return b.reduce(0) { $0 * 10 + Int($1 - 0x30) } }
      note(CINRules.badNumber, xml.line, field: field, value: String(decoding: b, as: UTF8.self), "not a whole number")
      return nil
    }
  }
}

/// Code lists from the CIN census XSDs (2023 to 2026 share them) and byte-level value parsers.
enum CINValues {
  static let referralSource = CINCodeList(
    [
      "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7",
      "8", "9", "10",
    ].map { ($0, $0) }, expected: "1A–1D, 2A, 2B, 3A–3F, 4, 5A–5D, 6–10")
  static let abuse = CINCodeList(
    ["NEG", "PHY", "SAB", "EMO", "MUL"].map { ($0, $0) }, expected: "NEG, PHY, SAB, EMO or MUL")
  static let closure = CINCodeList((1...9).map { ("RC\($0)", "RC\($0)") }, expected: "RC1 to RC9")
  static let sex = CINCodeList<Sex>(
    [("M", .male), ("F", .female), ("U", .unknown), ("1", .male), ("2", .female), ("0", .unknown), ("9", .unknown)],
    expected: "M, F or U, or 1, 2, 0 or 9")

  /// Bytes without surrounding XML white space (space, tab, CR, LF).
  @inline(__always)
  static func trimmed(_ b: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    @inline(__always) func space(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
    var lo = 0
    var hi = b.count
    while lo < hi && space(b[lo]) { lo += 1 }
    while hi > lo && space(b[hi - 1]) { hi -= 1 }
    return lo == 0 && hi == b.count ? b : UnsafeBufferPointer(rebasing: b[lo..<hi])
  }

  /// Exactly `yyyy-mm-dd` (the census's `xs:date`), a real day between 1900 and 2100.
  static func date(_ b: UnsafeBufferPointer<UInt8>) -> DateField {
    guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else {
      return FieldParsing.isBlank(b) ? .blank : .invalid("not a date in the form yyyy-mm-dd")
    }
    @inline(__always) func digits(_ from: Int, _ to: Int) -> Int? {
      var v = 0
      for i in from..<to {
        let d = b[i] &- 0x30
        guard d <= 9 else { return nil }
        v = v * 10 + Int(d)
      }
      return v
    }
    guard let y = digits(0, 4), let m = digits(5, 7), let d = digits(8, 10) else {
      return .invalid("not a date in the form yyyy-mm-dd")
    }
    guard let day = Day(year: y, month: m, day: d) else { return .invalid("no such date") }
    guard y >= 1900 && y <= 2100 else { return .invalid("the year is before 1900 or after 2100") }
    return .date(day)
  }

  /// Whether the bytes hold an ASCII lower-case letter.
  @inline(__always)
  static func hasLowerCase(_ b: UnsafeBufferPointer<UInt8>) -> Bool { b.contains { $0 >= 0x61 && $0 <= 0x7A } }

  /// The bytes as a `String`, with ASCII letters upper-cased (codes are read case-insensitively).
  static func upperCased(_ b: UnsafeBufferPointer<UInt8>) -> String {
    guard hasLowerCase(b) else { return String(decoding: b, as: UTF8.self) }
    return String(unsafeUninitializedCapacity: b.count) { out in
      for (i, c) in b.enumerated() { out[i] = c >= 0x61 && c <= 0x7A ? c & 0xDF : c }
      return b.count
    }
  }
}

/// A census code list keyed by the code's upper-cased bytes (codes of up to 8 bytes), so a known
/// code is found without building a `String`.
struct CINCodeList<Value: Sendable>: Sendable {
  private let table: [UInt64: Value]
  /// The codes, for messages.
  let expected: String

  init(_ codes: [(String, Value)], expected: String) {
    table = Dictionary(uniqueKeysWithValues: codes.map { (CINCodeList.key(Array($0.0.utf8)[...])!, $0.1) })
    self.expected = expected
  }

  @inline(__always)
  subscript(bytes: UnsafeBufferPointer<UInt8>) -> Value? { CINCodeList.key(bytes[...]).flatMap { table[$0] } }

  @inline(__always)
  private static func key<C: Collection<UInt8>>(_ bytes: C) -> UInt64? {
    guard bytes.count <= 8 else { return nil }
    return bytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1 >= 0x61 && $1 <= 0x7A ? $1 & 0xDF : $1) }
  }
}

// MARK: Element names

/// The census elements the reader knows; `unknown` is any other.
enum CINElement: String, CaseIterable {
  case unknown = ""
  case message = "Message", header = "Header", collectionDetails = "CollectionDetails", collection = "Collection"
  case year = "Year", referenceDate = "ReferenceDate", source = "Source", sourceLevel = "SourceLevel", lea = "LEA"
  case softwareCode = "SoftwareCode", release = "Release", serialNo = "SerialNo", dateTime = "DateTime"
  case children = "Children", child = "Child", childIdentifiers = "ChildIdentifiers", laChildID = "LAchildID"
  case upn = "UPN", formerUPN = "FormerUPN", upnUnknown = "UPNunknown", personBirthDate = "PersonBirthDate"
  case expectedPersonBirthDate = "ExpectedPersonBirthDate", genderCurrent = "GenderCurrent", sex = "Sex"
  case personDeathDate = "PersonDeathDate", childCharacteristics = "ChildCharacteristics", ethnicity = "Ethnicity"
  case disabilities = "Disabilities", disability = "Disability", cinDetails = "CINdetails"
  case cinReferralDate = "CINreferralDate", referralSource = "ReferralSource", primaryNeedCode = "PrimaryNeedCode"
  case cinClosureDate = "CINclosureDate", reasonForClosure = "ReasonForClosure", dateOfInitialCPC = "DateOfInitialCPC"
  case referralNFA = "ReferralNFA", assessments = "Assessments", assessmentActualStartDate = "AssessmentActualStartDate"
  case assessmentInternalReviewDate = "AssessmentInternalReviewDate"
  case assessmentAuthorisationDate = "AssessmentAuthorisationDate"
  case factorsIdentifiedAtAssessment = "FactorsIdentifiedAtAssessment", assessmentFactors = "AssessmentFactors"
  case cinPlanDates = "CINPlanDates", cinPlanStartDate = "CINPlanStartDate", cinPlanEndDate = "CINPlanEndDate"
  case section47 = "Section47", s47ActualStartDate = "S47ActualStartDate", initialCPCtarget = "InitialCPCtarget"
  case icpcNotRequired = "ICPCnotRequired", childProtectionPlans = "ChildProtectionPlans", cppStartDate = "CPPstartDate"
  case cppEndDate = "CPPendDate", initialCategoryOfAbuse = "InitialCategoryOfAbuse"
  case latestCategoryOfAbuse = "LatestCategoryOfAbuse", numberOfPreviousCPP = "NumberOfPreviousCPP"
  case reviews = "Reviews", cppReviewDate = "CPPreviewDate"
}

/// Maps a reader's interned names to `CINElement` by address: an open-addressing table of 128
/// slots, so each element costs a multiply and one or two loads (no array retains on the hot path).
final class CINElementTable {
  private let keys = UnsafeMutablePointer<Int>.allocate(capacity: 128)
  private let values = UnsafeMutablePointer<CINElement>.allocate(capacity: 128)

  init(_ xml: XMLTextReader) {
    keys.initialize(repeating: 0, count: 128)
    values.initialize(repeating: .unknown, count: 128)
    for element in CINElement.allCases where element != .unknown {
      let address = xml.intern(element.rawValue).address
      var i = CINElementTable.slot(address)
      while keys[i] != 0 { i = (i + 1) & 127 }
      keys[i] = address
      values[i] = element
    }
  }

  deinit {
    keys.deallocate()
    values.deallocate()
  }

  @inline(__always)
  private static func slot(_ address: Int) -> Int {
    Int(truncatingIfNeeded: (UInt(bitPattern: address) &* 0x9E37_79B9_7F4A_7C15) >> 57)
  }

  @inline(__always)
  subscript(name: XMLName) -> CINElement {
    var i = CINElementTable.slot(name.address)
    while true {
      let k = keys[i]
      if k == name.address || k == 0 { return values[i] }
      i = (i + 1) & 127
    }
  }
}

/// Rules for the CIN census reader.
public enum CINRules {
  public static let missingChildID = Rule("CIN001", .error, "Children without an LAchildID were left out")
  public static let missingReferralDate = Rule(
    "CIN002", .error, "CIN episodes without a referral date were left out of the figures that need it")
  public static let badDate = Rule(
    "CIN003", .error, "Dates that are not yyyy-mm-dd or do not exist were left out of the figures that need them")
  public static let badYesNo = Rule(
    "CIN004", .error, "Yes/no values that are not true/false/1/0 were left out of the figures that need them")
  public static let unknownCode = Rule("CIN005", .query, "Codes that are not in the census code list")
  public static let badNumber = Rule("CIN006", .error, "Counts that are not whole numbers were left out")
  public static let unknownElement = Rule("CIN007", .warning, "Elements the reader does not know were skipped")
  public static let unexpectedChildren = Rule(
    "CIN008", .error, "Elements that should hold a value but hold other elements were left out")
  public static let badHeader = Rule("CIN009", .warning, "Header values that could not be read")
  public static let mixedLayout = Rule("CIN010", .warning, "Files mixing the GenderCurrent and Sex layouts")
  public static let parserMessage = Rule("CIN011", .warning, "Problems libxml2 reported and read past")
  public static let noChildren = Rule("CIN012", .error, "Census files that hold no children")

  /// Every rule, for the catalogue of findings.
  public static let all = [
    missingChildID, missingReferralDate, badDate, badYesNo, unknownCode, badNumber, unknownElement,
    unexpectedChildren, badHeader, mixedLayout, parserMessage, noChildren,
  ]
}
