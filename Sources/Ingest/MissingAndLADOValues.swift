import SafeguardCore

/// A list of coded values written as words (`Children's Social Care`, `No apparent risk`), read
/// the way exports vary them: any case, spacing or punctuation, `&` for `and`, with or without
/// apostrophes, and with an Annex A style prefix (`a) Police`, `M - Missing`, `1: Education`).
struct WordList<Value> {
  private let table: [String: Value]
  /// The values, for messages.
  let expected: String

  /// `words` pairs each accepted spelling with its value; `expected` lists them for messages.
  init(_ words: [(String, Value)], expected: String) {
    var table: [String: Value] = [:]
    for (w, v) in words { table[WordList.key(w)] = v }
    self.table = table
    self.expected = expected
  }

  /// The value `text` names, or nil. `text` must not be blank.
  func value(_ text: String) -> Value? {
    if let v = table[WordList.key(text)] { return v }
    // A prefix: `a) Police` (the code after it), `M - Missing` (the code before it, or the word after).
    let code = FieldParsing.code(text)
    if let v = table[WordList.key(code)] { return v }
    for separator in [" - ", " – ", ":"] {
      if let r = text.firstRange(of: separator), let v = table[WordList.key(String(text[r.upperBound...]))] { return v }
    }
    return nil
  }

  /// Lower case, apostrophes dropped, `&` read as `and`, other punctuation and spacing as one space.
  static func key(_ text: String) -> String {
    HeaderMatching.key(text.split(separator: "&", omittingEmptySubsequences: false).joined(separator: " and "))
  }
}

extension WordList: Sendable where Value: Sendable {}

/// The code lists of `specs/extracts.md` sections 3 to 5.
enum MissingAndLADOValues {
  static let sex = WordList<Sex>(
    [("M", .male), ("F", .female), ("U", .unknown), ("Male", .male), ("Female", .female), ("Unknown", .unknown)],
    expected: "M, F or U")
  static let category = WordList<MissingCategory>(
    [("M", .missing), ("A", .away), ("Missing", .missing), ("Away", .away)], expected: "M (missing) or A (away)")
  static let risk = WordList<MissingRisk>(
    [
      ("No apparent risk", .noApparentRisk), ("None", .noApparentRisk), ("Absent", .noApparentRisk),
      ("Low", .low), ("Medium", .medium), ("High", .high),
    ], expected: "No apparent risk (or None, Absent), Low, Medium or High")
  static let missingFrom = WordList<MissingFrom>(
    [("Home", .home), ("Care", .care), ("Other", .other)], expected: "Home, Care or Other")
  static let contactType = WordList<LADOContactType>(
    [("Referral", .referral), ("Consultation", .consultation)], expected: "Referral or Consultation")
  static let referrer = named(LADOReferrer.allCases)
  static let sector = named(LADOSector.allCases)
  static let allegation = named(LADOCategory.allCases)
  static let outcome = named(LADOOutcome.allCases)

  /// A list of the enum's values under their own names.
  private static func named<Value: RawRepresentable>(_ values: [Value]) -> WordList<Value>
  where Value.RawValue == String {
    WordList(values.map { ($0.rawValue, $0) }, expected: values.map(\.rawValue).joined(separator: ", "))
  }

  /// A DfE LA number: exactly three digits, the first not 0 (`332`); nil otherwise.
  static func laNumber(_ b: UnsafeBufferPointer<UInt8>) -> Int16? {
    let t = FieldParsing.trimmed(b)
    guard t.count == 3, t[0] >= 0x31 && t[0] <= 0x39, t[1] >= 0x30 && t[1] <= 0x39, t[2] >= 0x30 && t[2] <= 0x39
    else { return nil }
    return Int16(t[0] - 0x30) * 100 + Int16(t[1] - 0x30) * 10 + Int16(t[2] - 0x30)
  }
}
