import Foundation

/// `safeguard-fixtures hostile`: the hostile-input corpus, written at test time into a
/// temporary folder (nothing of it is kept in the repository; two files are 20 MB and 1 GB).
///
/// Every case is a folder holding one file, listed with its expected exit statuses and message
/// in `cases.tsv` (`HostileCase`). The text cases start from one small, valid Annex A list 3
/// (referrals) of 40 rows made with the fixed seed, and break one thing each: encodings, line
/// ends, quoting, row shapes, headers, sizes, dates, formula-looking cells. The XML cases
/// (`HostileFiles+XML.swift`) start from a valid CIN census of 3 children; the binary ones
/// (`HostileFiles+Binary.swift`) are archives, noise and NUL bytes named `.csv`.
///
/// A workbook reader (issue 17, point 1) adds its cases as a list beside these, in a file of
/// its own, `HostileFiles+Workbook.swift`, and its name in `all` below.
struct HostileFiles {
  var random: SeededGenerator

  init(seed: UInt64) { random = SeededGenerator(seed: seed) }

  /// Every case: at least 60.
  mutating func all() -> [HostileCase] {
    let rows = referralRows()
    return encodingCases(rows) + lineEndCases(rows) + quotingCases(rows) + shapeCases(rows) + sizeCases(rows)
      + dateCases(rows) + formulaCases(rows) + Self.xmlCases() + binaryCases(rows)
  }

  /// Writes every case and `cases.tsv` under `dir`.
  mutating func write(to dir: URL) throws {
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let cases = all()
    var tsv = "case\tfile\tvalidate\trun\tfragment\tline\tcheck\n"
    for c in cases {
      try c.write(under: dir)
      tsv += c.tsvLine + "\n"
    }
    try Data(tsv.utf8).write(to: dir.appendingPathComponent("cases.tsv"))
  }

  // MARK: The valid list every text case starts from

  static let header = [
    "Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)", "Date of referral",
    "Referral Source", "Referral NFA?", "Number of Referrals in Last 12 Months", "Allocated Team", "Allocated Worker",
  ]
  /// The column of the referral date, the list's index date.
  static let dateColumn = 5

  /// 40 referrals from April to December 2024, each a row of `header`'s fields.
  mutating func referralRows() -> [[String]] {
    let sexes = ["M", "F", "U"]
    let ethnicities = ["WBRI", "MWBC", "ABAN", "BCRB", "OOTH"]
    let sources = ["1A", "2A", "3A", "5B", "6", "8"]
    var rows: [[String]] = []
    for i in 0..<40 {
      let month = 4 + i % 9
      let day = 1 + Int(random.next() % 28)
      let birthYear = 2008 + Int(random.next() % 15)
      rows.append([
        "C07\(String(format: "%05d", i + 1))", sexes[i % 3], ethnicities[i % 5],
        String(format: "%02d/%02d/%d", 1 + i % 28, 1 + i % 12, birthYear), String(2024 - birthYear),
        String(format: "%02d/%02d/2024", day, month), sources[i % 6], i % 4 == 0 ? "Y" : "N", "0",
        "Team \(i % 3)", "Worker \(String(format: "%03d", i))",
      ])
    }
    return rows
  }

  /// The rows as CSV text: header first, `end` after every line (and after the last).
  static func csv(_ rows: [[String]], header: [String] = header, end: String = "\n") -> String {
    ([header] + rows).map { $0.map(quoted).joined(separator: ",") + end }.joined()
  }

  /// A field quoted when it holds a comma, quote or line end.
  static func quoted(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// `rows` with row `index`'s field `column` set to `value`.
  static func with(_ rows: [[String]], _ index: Int, _ column: Int, _ value: String) -> [[String]] {
    var r = rows
    r[index][column] = value
    return r
  }

  /// The bytes of `text` with its `@BIG@` replaced by `count` copies of `character`.
  static func inserting(_ count: Int, of character: Character, at text: String) -> [UInt8] {
    let parts = text.components(separatedBy: "@BIG@")
    return Array(parts[0].utf8) + [UInt8](repeating: character.asciiValue!, count: count) + Array(parts[1].utf8)
  }

  // MARK: Encodings

  func encodingCases(_ rows: [[String]]) -> [HostileCase] {
    let named = Self.with(rows, 3, 9, "Équipe Renée")
    let text = Self.csv(named)
    func utf16(_ s: String, bigEndian: Bool, bom: Bool) -> [UInt8] {
      var out: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
      for u in s.utf16 {
        let pair = [UInt8(u & 0xFF), UInt8(u >> 8)]
        out += bigEndian ? pair.reversed() : pair
      }
      return out
    }
    let cp1252 = Array(text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
    var invalid = Array(Self.csv(rows).utf8)
    let at = invalid.firstIndex(of: UInt8(ascii: "T"))!  // in "Team 0" of the first row
    invalid.insert(contentsOf: [0xC3, 0x28, 0xFF], at: at)
    let nulField = Self.inserting(1, of: "\0", at: Self.csv(Self.with(rows, 0, 10, "Worker @BIG@000")))
    var nulRuns = Array(Self.csv(rows).utf8)
    nulRuns.insert(contentsOf: [UInt8](repeating: 0, count: 64), at: nulRuns.count / 2)
    return [
      HostileCase("utf8-bom", "referrals.csv", .bytes([0xEF, 0xBB, 0xBF] + Array(text.utf8)), validate: 0, "BOM"),
      HostileCase(
        "utf16le-bom", "referrals.csv", .bytes(utf16(text, bigEndian: false, bom: true)), validate: 0, "UTF-16LE"),
      HostileCase(
        "utf16be-bom", "referrals.csv", .bytes(utf16(text, bigEndian: true, bom: true)), validate: 0, "UTF-16BE"),
      HostileCase(
        "utf16le-no-bom", "referrals.csv", .bytes(utf16(text, bigEndian: false, bom: false)), validate: 0, "UTF-16LE"),
      HostileCase(
        "utf16be-no-bom", "referrals.csv", .bytes(utf16(text, bigEndian: true, bom: false)), validate: 0, "UTF-16BE"),
      HostileCase("windows-1252", "referrals.csv", .bytes(cp1252), validate: 0, "Windows-1252"),
      HostileCase("invalid-utf8", "referrals.csv", .bytes(invalid), validate: 0, "Windows-1252"),
      HostileCase("nul-in-field", "referrals.csv", .bytes(nulField), validate: 65, "not text", line: 2),
      HostileCase("nul-run-mid-file", "referrals.csv", .bytes(nulRuns), validate: 65, "not text"),
    ]
  }

  // MARK: Line ends

  func lineEndCases(_ rows: [[String]]) -> [HostileCase] {
    var mixed = ""
    for (i, line) in Self.csv(rows).split(separator: "\n").enumerated() {
      mixed += line + ["\r\n", "\n", "\r"][i % 3]
    }
    var blankLines = ""
    for (i, line) in Self.csv(rows).split(separator: "\n").enumerated() {
      blankLines += line + (i % 10 == 5 ? "\n\n" : "\n")
    }
    let noFinal = String(Self.csv(rows).dropLast())
    return [
      HostileCase("lf", "referrals.csv", text: Self.csv(rows), validate: 0, "40 rows"),
      HostileCase("crlf", "referrals.csv", text: Self.csv(rows, end: "\r\n"), validate: 0, "40 rows"),
      HostileCase("cr", "referrals.csv", text: Self.csv(rows, end: "\r"), validate: 0, "40 rows"),
      HostileCase("mixed-line-ends", "referrals.csv", text: mixed, validate: 0, "40 rows"),
      HostileCase("blank-lines", "referrals.csv", text: blankLines, validate: 0, "40 rows"),
      HostileCase("no-final-line-end", "referrals.csv", text: noFinal, validate: 0, "40 rows"),
    ]
  }

  // MARK: Quoting

  func quotingCases(_ rows: [[String]]) -> [HostileCase] {
    let lines = Self.csv(rows).split(separator: "\n").map(String.init)
    func replacing(_ index: Int, _ line: String) -> String {
      var l = lines
      l[index] = line
      return l.joined(separator: "\n") + "\n"
    }
    let last = lines.count - 1
    let unterminatedEnd = replacing(last, lines[last].replacingOccurrences(of: "Team", with: "\"Team"))
    let unterminatedMiddle = replacing(10, lines[10].replacingOccurrences(of: "Team", with: "\"Team"))
    let quoteInside = replacing(5, lines[5].replacingOccurrences(of: "Team", with: "Te\"am"))
    let emptyQuoted = Self.csv(Self.with(Self.with(rows, 2, 9, ""), 2, 10, "")).replacingOccurrences(
      of: ",,\n", with: ",\"\",\"\"\n")
    let embedded = Self.csv(Self.with(rows, 7, 9, "Team\non two lines, and \"quoted\""))
    let quotedHeader = Self.csv(rows).replacingOccurrences(of: "Child Unique ID,", with: "\"Child Unique ID\",")
    let stray = replacing(20, lines[20] + "\"")
    return [
      HostileCase(
        "unterminated-quote-last-row", "referrals.csv", text: unterminatedEnd, validate: 65, run: 0, "never closed",
        line: 41),
      HostileCase(
        "unterminated-quote-mid-file", "referrals.csv", text: unterminatedMiddle, validate: 65, "quote", line: 11),
      HostileCase(
        "quote-inside-unquoted-field", "referrals.csv", text: quoteInside, validate: 65, run: 0, "quote", line: 6),
      HostileCase("empty-quoted-fields", "referrals.csv", text: emptyQuoted, validate: 0, "40 rows"),
      HostileCase("quoted-line-end-in-field", "referrals.csv", text: embedded, validate: 0, "40 rows"),
      HostileCase("quoted-header", "referrals.csv", text: quotedHeader, validate: 0, "40 rows"),
      HostileCase("stray-quote-at-line-end", "referrals.csv", text: stray, validate: 65, run: 0, "quote", line: 21),
    ]
  }

  // MARK: Row shapes and headers

  func shapeCases(_ rows: [[String]]) -> [HostileCase] {
    var short = rows
    short[4] = Array(short[4].prefix(3))
    var long = rows
    long[6] += ["extra", "fields", "here"]
    var duplicate = Self.header
    duplicate[9] = "Date of referral"
    var blank = Self.header
    blank[9] = ""
    blank[10] = "  "
    var missingIndex = Self.header
    missingIndex[Self.dateColumn] = "Referral"
    return [
      HostileCase("short-row", "referrals.csv", text: Self.csv(short), validate: 65, run: 0, "blank", line: 6),
      HostileCase("long-row", "referrals.csv", text: Self.csv(long), validate: 65, run: 0, "14 fields", line: 8),
      HostileCase("header-only", "referrals.csv", text: Self.csv([]), validate: 0, run: 66, "no dated rows"),
      HostileCase("duplicate-header", "referrals.csv", text: Self.csv(rows, header: duplicate), validate: 65, "twice"),
      HostileCase("blank-headers", "referrals.csv", text: Self.csv(rows, header: blank), validate: 0, "40 rows"),
      HostileCase(
        "missing-index-column", "referrals.csv", text: Self.csv(rows, header: missingIndex), validate: 66,
        "matches no known extract"),
      HostileCase("blank-first-line", "referrals.csv", text: "\n" + Self.csv(rows), validate: 0, "40 rows"),
      HostileCase(
        "padded-headers", "referrals.csv", text: Self.csv(rows, header: Self.header.map { "  \($0) " }), validate: 0,
        "40 rows"),
      HostileCase("empty-file", "referrals.csv", text: "", validate: 66, "empty"),
      HostileCase("whitespace-only", "referrals.csv", text: "  \n\n \r\n", validate: 66, "recognise"),
      HostileCase("unrecognised-headers", "notes.csv", text: "a,b,c\n1,2,3\n", validate: 66, "recognise"),
    ]
  }

  // MARK: Sizes

  func sizeCases(_ rows: [[String]]) -> [HostileCase] {
    let bigIgnored = Self.inserting(20 << 20, of: "x", at: Self.csv(Self.with(rows, 0, 10, "@BIG@")))
    let bigChild = Self.inserting(20 << 20, of: "x", at: Self.csv(Self.with(rows, 0, 0, "@BIG@")))
    let header = Array(Self.csv([]).utf8)
    return [
      HostileCase("field-20mb-ignored-column", "referrals.csv", .bytes(bigIgnored), validate: 0, "40 rows"),
      HostileCase("field-20mb-child-id", "referrals.csv", .bytes(bigChild), validate: 0, "40 rows"),
      HostileCase("sparse-1gb-zeros", "referrals.csv", .sparse(head: [], size: 1 << 30), validate: 65, "not text"),
      HostileCase(
        "sparse-1gb-after-header", "referrals.csv", .sparse(head: header, size: 1 << 30), validate: 65, "not text",
        line: 2),
    ]
  }

  // MARK: Dates and the share of bad rows

  func dateCases(_ rows: [[String]]) -> [HostileCase] {
    let impossible = Self.with(Self.with(rows, 2, Self.dateColumn, "31/02/2024"), 9, 3, "2024-13-01")
    let ambiguous = Self.with(Self.with(rows, 4, Self.dateColumn, "12/31/2024"), 5, Self.dateColumn, "4/5/24")
    let farAway = Self.with(Self.with(rows, 6, Self.dateColumn, "01/01/9999"), 7, Self.dateColumn, "01/01/1066")
    var overTolerance = rows
    for i in stride(from: 0, to: 40, by: 8) { overTolerance[i][Self.dateColumn] = "not a date" }
    var atTolerance = rows
    atTolerance[13][Self.dateColumn] = "31/09/2024"
    atTolerance[27][Self.dateColumn] = "2024-02-30"
    return [
      HostileCase(
        "impossible-dates", "referrals.csv", text: Self.csv(impossible), validate: 65, run: 0, "31/02/2024", line: 4),
      HostileCase(
        "ambiguous-dates", "referrals.csv", text: Self.csv(ambiguous), validate: 65, run: 0, "12/31/2024", line: 6),
      HostileCase("far-away-dates", "referrals.csv", text: Self.csv(farAway), validate: 65, run: 0, "9999", line: 8),
      HostileCase(
        "bad-rows-over-tolerance", "referrals.csv", text: Self.csv(overTolerance), validate: 65, "max_bad_row_percent"),
      HostileCase(
        "bad-rows-at-tolerance", "referrals.csv", text: Self.csv(atTolerance), validate: 65, run: 0, "31/09/2024",
        line: 15),
    ]
  }

  // MARK: Cells that Excel would take as a formula

  func formulaCases(_ rows: [[String]]) -> [HostileCase] {
    var r = rows
    r[1][0] = "=cmd|' /C calc'!A0"
    r[2][Self.dateColumn] = "@SUM(1+1)*cmd|' /C calc'!A0"
    r[3][3] = "+1+1"
    r[4][3] = "-2+3"
    r[5][6] = "=HYPERLINK(\"http://example.invalid\",\"x\")"
    r[6][7] = "\t=1+1"
    return [
      HostileCase(
        "formula-cells", "referrals.csv", text: Self.csv(r), validate: 65, run: 0, "@SUM", line: 4, check: "formula")
    ]
  }
}
