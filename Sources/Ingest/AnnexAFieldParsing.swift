import SafeguardCore

/// What a count field held.
enum CountField: Equatable {
  case value(Int)
  case blank
  /// Not a whole number of 0 or more.
  case invalid
}

/// Parsers for the values Annex A lists 2 and 4–8 add to those of `FieldParsing`: whole-number
/// counts, yes/no answers written as Annex A codes, and categories of abuse.
///
/// Blank markers read as blank here too; callers check for blank first where it matters.
enum AnnexAFieldParsing {
  /// Reads a whole number of 0 or more.
  ///
  /// Digits with surrounding spaces, optionally followed by a decimal point and zeros (`3.0`, as
  /// spreadsheets and data frames export whole numbers). A sign, a fraction, other text or more
  /// than nine digits is `.invalid`.
  static func count(_ raw: UnsafeBufferPointer<UInt8>) -> CountField {
    if FieldParsing.isBlank(raw) { return .blank }
    let b = FieldParsing.trimmed(raw)
    var value = 0
    var digits = 0
    var i = 0
    while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 {
      value = value * 10 + Int(b[i] - 0x30)
      digits += 1
      i += 1
    }
    guard digits > 0 && digits <= 9 else { return .invalid }
    if i < b.count {
      guard b[i] == 0x2E else { return .invalid }  // .
      i += 1
      while i < b.count, b[i] == 0x30 { i += 1 }
      guard i == b.count else { return .invalid }
    }
    return .value(value)
  }

  /// The category of abuse codes, and the whole values that also mean one.
  static let abuseCodes: Set<String> = ["NEG", "PHY", "SAB", "EMO", "MUL"]
  private static let abuseSynonyms = ["PA": "PHY", "PHYSAB": "PHY", "MULIPLE": "MUL"]
  private static let abuseWords = [
    ("NEGLECT", "NEG"), ("PHYSICAL", "PHY"), ("SEXUAL", "SAB"), ("EMOTIONAL", "EMO"), ("MULTIPLE", "MUL"),
  ]

  /// The code (NEG, PHY, SAB, EMO or MUL) of a category of abuse, or nil when it names none.
  ///
  /// Reads the codes, the words Neglect, Physical, Sexual, Emotional and Multiple, and the ways
  /// exports write them: any case, an Annex A prefix (`a) Neglect`, `e) Multiple/not
  /// recommended`), a shortened word of three letters or more (`Emotion`, `Phys`), extra words
  /// (`Physical abuse`, `Likelihood of Sexual`, `Neglect only`), and the four-letter Y/N flags
  /// some systems use (`YNNN` = neglect; order neglect, physical, sexual, emotional). A value
  /// naming two or more categories (`Neglect, Emotional`) is MUL. `value` must not be blank.
  static func abuseCategory(_ value: String) -> String? {
    let text = FieldParsing.code(value)
    if abuseCodes.contains(text) { return text }
    if let code = abuseSynonyms[text] { return code }
    let flags = Array(text.utf8)
    if flags.count == 4 && flags.allSatisfy({ $0 == 0x59 || $0 == 0x4E }) {  // Y or N
      let named = zip(flags, ["NEG", "PHY", "SAB", "EMO"]).filter { $0.0 == 0x59 }.map(\.1)
      return named.count > 1 ? "MUL" : named.first
    }
    var found: Set<String> = []
    for word in text.split(whereSeparator: { !$0.isLetter }) where word.count >= 3 {
      if word == "SAB" { found.insert("SAB") }
      for (name, code) in abuseWords where name.hasPrefix(word) || word.hasPrefix(name) { found.insert(code) }
    }
    return found.contains("MUL") || found.count > 1 ? "MUL" : found.first
  }
}
