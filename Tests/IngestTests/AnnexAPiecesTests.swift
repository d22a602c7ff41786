import Foundation
import SafeguardCore
import Testing

@testable import Ingest

/// Reading a contact or referral list in pieces gives exactly what one pass gives: the same
/// records, children in the same order, the same findings with the same lines, the same summary.
/// (`splitFrom: 0` cuts even these small files at every fraction of `AnnexAPieces.cuts`.)
@Suite struct AnnexAPiecesTests {
  /// Everything a read leaves in the set, in a form that compares.
  struct Read: Equatable {
    let children: [String]
    let referrals: [ReferralRecord]
    let contacts: [ContactRecord]
    let findings: [Finding]
    let files: [ExtractFileSummary]
    /// Each referral's source, sex, ethnicity and date of birth.
    let details: [String]
  }

  static func read(_ bytes: [UInt8], splitFrom: Int) throws -> Read {
    let p = TestFiles.path()
    FileManager.default.createFile(atPath: p, contents: Data(bytes))
    defer { try? FileManager.default.removeItem(atPath: (p as NSString).deletingLastPathComponent) }
    var set = ExtractSet()
    _ = set.children.intern("EARLIER")  // a child from an earlier file keeps index 0
    _ = try CSVExtractReader(splitFrom: splitFrom).read(path: p, name: "referrals.csv", into: &set)
    let d = set.referralDetails
    return Read(
      children: (0..<set.children.count).map { set.children[Int32($0)] }, referrals: set.referrals,
      contacts: set.contacts, findings: set.findings, files: set.files,
      details: (0..<d.count).map {
        "\(d.source[$0] ?? "") \(d.sex[$0] ?? "") \(d.ethnicity[$0] ?? "") \(d.birthDate(at: $0)?.iso ?? "")"
      })
  }

  /// 40 referral rows: children C0…C14 recur across both halves (child i % 15, so C0 is met
  /// again on rows 15 and 30); row 30 has an impossible date and row 33 an NFA of `maybe`.
  static func rows(team: (Int) -> String = { _ in "Team A" }) -> [String] {
    (0..<40).map { i in
      let date = i == 30 ? "31/02/2024" : String(format: "%02d/05/2024", i % 28 + 1)
      return TestFiles.referral(
        "C\(i % 15)", date, nfa: i == 33 ? "maybe" : "N", team: team(i), source: ["1A", "2B", "q) 6: Police"][i % 3],
        sex: ["F", "b) Female", "M", ""][i % 4], ethnicity: ["WBRI", "a) WBRI", "MWBA"][i % 3],
        birth: i == 5 ? "" : "0\(i % 9 + 1)/01/2015")
    }
  }

  static func file(_ rows: [String], lineEnd: String = "\n") -> [UInt8] {
    Array(([TestFiles.referralHeader] + rows).joined(separator: lineEnd).utf8) + Array(lineEnd.utf8)
  }

  static func expectSame(_ bytes: [UInt8]) throws {
    let serial = try read(bytes, splitFrom: .max)
    let split = try read(bytes, splitFrom: 0)
    #expect(split == serial)
  }

  /// Reads `bytes` (a referral list) in pieces from cuts at `fractions` to the end, as the
  /// reader would after reading up to the first cut.
  static func pieces(
    _ bytes: [UInt8], at fractions: [Double]
  ) throws -> (cuts: [Int], outcomes: [AnnexAPieces.Outcome?]) {
    let p = TestFiles.path()
    FileManager.default.createFile(atPath: p, contents: Data(bytes))
    defer { try? FileManager.default.removeItem(atPath: (p as NSString).deletingLastPathComponent) }
    let file = try FileBytes(path: p)
    let cuts = AnnexAPieces.cutPoints(of: file, at: fractions, minimum: 0)
    let headers = TestFiles.referralHeader.split(separator: ",").map(String.init)
    guard case .annexA(let schema) = CSVExtractReader.recognise(headers) else {
      Issue.record("the referral header is not recognised")
      return (cuts, [])
    }
    let layout = try ColumnLayout(headers: headers, columns: schema.columns, kind: schema.kind, file: "r.csv")
    let pieces = AnnexAPieces(
      path: p, name: "r.csv", schema: schema, layout: layout, starts: cuts, size: file.size, fileIndex: 0,
      expectedRows: 0)
    pieces.help()
    return (cuts, pieces.outcomes)
  }

  /// The second half of `bytes` read as one piece.
  static func half(_ bytes: [UInt8]) throws -> (split: Int, outcome: AnnexAPieces.Outcome?) {
    let (cuts, outcomes) = try pieces(bytes, at: [0.5])
    return (try #require(cuts.first), outcomes.first ?? nil)
  }

  /// Every piece of a plain file is taken: each but the last ends between records, and their
  /// rows with those before the first cut are the file's 40.
  @Test func everyPieceOfAPlainFileIsTaken() throws {
    let bytes = Self.file(Self.rows())
    let (cuts, outcomes) = try Self.pieces(bytes, at: AnnexAPieces.cuts)
    #expect(outcomes.count == AnnexAPieces.cuts.count)
    let read = outcomes.compactMap { $0 }
    #expect(read.count == AnnexAPieces.cuts.count)
    #expect(read.dropLast().allSatisfy { $0.endsBetweenRecords })
    let before = bytes[..<cuts[0]].filter { $0 == 0x0A }.count - 1  // less the header line
    #expect(before + read.map(\.state.rows).reduce(0, +) == 40)
    #expect(read.map(\.bytes).reduce(0, +) == bytes.count - cuts[0])
  }

  /// The cuts of `AnnexAPieces.cuts` fall on different lines of a 40-row file.
  @Test func smallFilesAreCutAtEveryFraction() throws {
    let bytes = Self.file(Self.rows())
    let p = TestFiles.path()
    FileManager.default.createFile(atPath: p, contents: Data(bytes))
    defer { try? FileManager.default.removeItem(atPath: (p as NSString).deletingLastPathComponent) }
    let cuts = AnnexAPieces.cutPoints(of: try FileBytes(path: p), minimum: 0)
    #expect(cuts.count == AnnexAPieces.cuts.count)
    #expect(cuts == cuts.sorted() && Set(cuts).count == cuts.count)
    #expect(cuts.allSatisfy { bytes[$0 - 1] == 0x0A })
    #expect(AnnexAPieces.cutPoints(of: try FileBytes(path: p), minimum: bytes.count + 1).isEmpty)
  }

  /// A piece that starts inside a quoted field and ends on a line feed inside it is not taken:
  /// one piece giving up, or ending inside a record, sends the reader back to one pass.
  @Test func quotedFieldAcrossSeveralCuts() throws {
    // Row 31's team holds 600 line breaks: a later cut falls inside it, the first does not.
    let long = "\"Team\n" + String(repeating: "y\n", count: 600) + "C\""
    let bytes = Self.file(Self.rows(team: { $0 == 31 ? long : "Team A" }))
    let open = try #require(bytes.firstIndex(of: 0x22))
    let close = try #require(bytes.lastIndex(of: 0x22))
    let (cuts, outcomes) = try Self.pieces(bytes, at: AnnexAPieces.cuts)
    #expect(!(open..<close).contains(cuts[0]))
    #expect(cuts.dropFirst().contains { (open..<close).contains($0) })
    #expect(outcomes.dropLast().contains { $0.map { !$0.endsBetweenRecords } ?? true })
    try Self.expectSame(bytes)
  }

  @Test(arguments: ["\n", "\r\n"])
  func plainFile(lineEnd: String) throws {
    try Self.expectSame(Self.file(Self.rows(), lineEnd: lineEnd))
  }

  /// The half itself: the file's middle falls in a data row, so the half starts on a later
  /// line, and its findings' lines count from 1 there.
  @Test(arguments: ["\n", "\r\n"])
  func halfCountsLinesFromTheSplit(lineEnd: String) throws {
    let bytes = Self.file(Self.rows(), lineEnd: lineEnd)
    let (split, outcome) = try Self.half(bytes)
    let half = try #require(outcome)
    // Line k + 1 holds row k - 1 (line 1 is the header), so the split is on line `line`, one
    // more than the line feeds before it.
    let line = bytes[..<split].filter { $0 == 0x0A }.count + 1
    #expect(line > 2 && line < 32)
    // Rows from line `line` to line 41 (the 40th row): 42 - line of them.
    #expect(half.state.rows == 42 - line)
    #expect(half.state.referrals.count == 42 - line - 1)  // row 30 (line 32) has no usable date
    // Line 32 (row 30) and line 35 (row 33) are lines 32 - line + 1 and 35 - line + 1 of the half.
    #expect(half.state.findings.map(\.line) == [33 - line, 36 - line])
    // Children in the half's own first-sight order: the row on line `line` is row line - 2.
    #expect(half.children[0] == "C\((line - 2) % 15)")
  }

  /// Findings in both halves, blank lines and a quoted line break after the middle: lines as
  /// one pass numbers them.
  @Test func findingLinesInBothHalves() throws {
    var rows = Self.rows(team: { $0 == 36 ? "\"Team\nB\"" : "Team A" })
    rows[3] = TestFiles.referral("", "01/05/2024")  // ING010 on line 5
    rows.insert("", at: 25)  // a blank line: the rows after it move down one line
    rows[38] = TestFiles.referral("C38", "01/05/2024") + ",extra"  // ING003
    let bytes = Self.file(rows)
    #expect(try Self.half(bytes).outcome != nil)
    let split = try Self.read(bytes, splitFrom: 0)
    // Row 3 on line 5; row 30 (line 33 after the blank line), row 33 (line 36), the row at
    // index 38 (row 37, line 40; rows 36's quoted break puts it on line 41).
    #expect(split.findings.map(\.line) == [5, 33, 36, 41])
    try Self.expectSame(bytes)
  }

  /// A quoted team name spanning the middle: the first cut falls inside a field, so the pieces'
  /// guess is thrown away and the reader reads on.
  @Test func quotedLineBreaksAcrossTheMiddle() throws {
    let long = "\"Team\n" + String(repeating: "x\n", count: 400) + "B\""
    let bytes = Self.file(Self.rows(team: { $0 == 20 ? long : "Team A" }))
    let open = try #require(bytes.firstIndex(of: 0x22))
    let close = try #require(bytes.lastIndex(of: 0x22))
    #expect(open < bytes.count / 2 && bytes.count / 2 < close)
    try Self.expectSame(bytes)
  }

  /// A Windows-1252 byte (é) in either half: the whole file is read as one pass reads it.
  @Test(arguments: [5, 35])
  func windows1252Byte(row: Int) throws {
    let rows = Self.rows()
    var bytes = Self.file(Array(rows[..<row]))
    bytes += Array(TestFiles.referral("C99", "01/06/2024", team: "Equipe ").utf8)
    bytes.insert(0xE9, at: bytes.count - 9)  // inside "Equipe ", before ",Worker 1"
    bytes += [0x0A] + Self.file(Array(rows[row...])).drop { $0 != 0x0A }.dropFirst()
    try Self.expectSame(bytes)
    #expect(try Self.read(bytes, splitFrom: 0).files.first?.encoding == "Windows-1252")
    // Only a half holding the byte gives up; after an é in the first half the reader does.
    #expect((try Self.half(bytes).outcome == nil) == (row == 35))
  }

  /// A file with a UTF-8 byte-order mark splits (the half is plain UTF-8) and says so.
  @Test func byteOrderMark() throws {
    let bytes = [0xEF, 0xBB, 0xBF] + Self.file(Self.rows())
    try Self.expectSame(bytes)
    #expect(try Self.read(bytes, splitFrom: 0).files.first?.encoding == "UTF-8 with BOM")
  }

  /// Broken quoting after the middle (row 35), or a quote never closed at the end: the half
  /// gives up and one pass reports the lines.
  @Test(arguments: ["C1\"x,F", "C2,\"F"])
  func quotingErrorInTheSecondHalf(bad: String) throws {
    var rows = Self.rows()
    if bad.hasSuffix("\"F") { rows.append(bad) } else { rows.insert(bad, at: 35) }
    let bytes = Self.file(rows)
    #expect(try Self.half(bytes).outcome == nil)
    try Self.expectSame(bytes)
    #expect(try Self.read(bytes, splitFrom: 0).findings.contains { $0.rule.code.hasPrefix("ING00") })
  }

  @Test func contactList() throws {
    let rows = (0..<30).map { "C\($0 % 7),\(String(format: "%02d", $0 % 28 + 1))/04/2024" }
    let bytes = Array((["Child Unique ID,Date of Contact"] + rows).joined(separator: "\n").utf8)
    try Self.expectSame(bytes)
    #expect(try Self.read(bytes, splitFrom: 0).contacts.count == 30)
  }
}
