import Foundation
import SafeguardKernelsXML
import Testing

@testable import Ingest

/// Serial numbers, column letters and escapes, worked by hand.
@Suite struct CellTextTests {
  static func date(_ serial: String, uses1904: Bool = false, withTime: Bool = false) -> String {
    var out: [UInt8] = []
    Array(serial.utf8).withUnsafeBufferPointer {
      CellText.appendDate($0, uses1904: uses1904, withTime: withTime, to: &out)
    }
    return String(decoding: out, as: UTF8.self)
  }

  @Test(arguments: [
    ("1", "01/01/1900"), ("59", "28/02/1900"), ("60", "29/02/1900"), ("61", "01/03/1900"), ("0", "00/01/1900"),
    ("45383", "01/04/2024"), ("45382", "31/03/2024"), ("2958465", "31/12/9999"), ("2958466", "2958466"),
    ("-1", "-1"), ("abc", "abc"), ("45383.0", "01/04/2024"),
  ])
  func serialsIn1900System(serial: String, text: String) {
    #expect(Self.date(serial) == text)
  }

  @Test(arguments: [("0", "01/01/1904"), ("1", "02/01/1904"), ("43921", "01/04/2024"), ("59", "29/02/1904")])
  func serialsIn1904System(serial: String, text: String) {
    #expect(Self.date(serial, uses1904: true) == text)
  }

  @Test func aTimeIsWrittenOnlyForDateTimeStyles() {
    #expect(Self.date("45383.5", withTime: true) == "01/04/2024 12:00:00")
    #expect(Self.date("45383.5") == "01/04/2024")
    #expect(Self.date("45383", withTime: true) == "01/04/2024")
    // A fraction that rounds to midnight is the next day.
    #expect(Self.date("45383.999999999", withTime: true) == "02/04/2024")
  }

  @Test(arguments: [("A1", 0), ("F17", 5), ("Z9", 25), ("AA1", 26), ("AZ3", 51), ("XFD1048576", 16383)])
  func columnLetters(ref: String, column: Int) {
    #expect(Array(ref.utf8).withUnsafeBufferPointer { CellText.column($0) } == column)
    #expect(CellText.letters(column) + ref.drop { $0.isLetter } == ref)
  }

  @Test func referencesWithoutLettersHaveNoColumn() {
    #expect(Array("17".utf8).withUnsafeBufferPointer { CellText.column($0) } == nil)
    #expect(Array("ABCD1".utf8).withUnsafeBufferPointer { CellText.column($0) } == nil)
  }

  @Test(arguments: [
    ("plain", "plain"), ("a_x000D_b", "a\rb"), ("_x005F_x000D_", "_x000D_"), ("snake_case_x", "snake_case_x"),
    ("_x00e9_", "é"),
  ])
  func escapesAreUndone(raw: String, text: String) {
    var out: [UInt8] = []
    Array(raw.utf8).withUnsafeBufferPointer { CellText.appendUnescaped($0, to: &out) }
    #expect(String(decoding: out, as: UTF8.self) == text)
  }
}

/// Which number formats show dates.
@Suite struct CellStylesTests {
  @Test(arguments: [
    ("dd/mm/yyyy", 1), ("d-mmm-yy", 1), ("yyyy-mm-dd hh:mm", 2), ("[$-F800]dddd, mmmm dd, yyyy", 1),
    ("General", 0), ("0.00", 0), ("#,##0 \"days\"", 0), ("[Red]0;[Blue]-0", 0), ("\\d0", 0), ("0;dd/mm/yyyy", 0),
  ])
  func formatCodes(code: String, kind: Int) {
    #expect(CellStyles.classify(code) == UInt8(kind))
  }

  @Test(arguments: [(0, 0), (1, 0), (14, 1), (22, 2), (49, 0), (57, 1)])
  func builtInFormats(id: Int, kind: Int) {
    #expect(CellStyles.builtIn(id) == UInt8(kind))
  }
}

/// Relationship targets as archive paths.
@Suite struct WorkbookContentsTests {
  @Test(arguments: [
    ("worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"), ("/xl/worksheets/sheet2.xml", "xl/worksheets/sheet2.xml"),
    ("./sharedStrings.xml", "xl/sharedStrings.xml"), ("../xl/styles.xml", "xl/styles.xml"),
    ("../../../../etc/passwd", "etc/passwd"),
  ])
  func targetsResolveInsideTheArchive(target: String, path: String) {
    #expect(WorkbookContents.resolve(target, against: "xl/") == path)
  }
}

/// The shared string table: plain and rich-text entries, phonetic guides left out.
@Suite struct SharedStringsTests {
  @Test func richTextRunsAreJoinedAndPhoneticGuidesLeftOut() throws {
    let xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">\
      <si><t>Child Unique ID</t></si>\
      <si><r><rPr><b/></rPr><t>Date of </t></r><r><t xml:space="preserve">referral</t></r></si>\
      <si><t>Team A &amp; B</t><rPh sb="0" eb="1"><t>phonetic</t></rPh></si>\
      <si/><si><t>line_x000D_end</t></si></sst>
      """
    let path = TestFiles.path("sharedStrings.xml")
    try Array(xml.utf8).withUnsafeBufferPointer { try Data(buffer: $0).write(to: URL(fileURLWithPath: path)) }
    let strings = try SharedStrings(try XMLTextReader(path: path, name: "sharedStrings.xml"))
    let texts = (0..<strings.count).map { i in strings.withString(i) { String(decoding: $0, as: UTF8.self) } }
    #expect(texts == ["Child Unique ID", "Date of referral", "Team A & B", "", "line\rend"])
    #expect(strings.withString(5) { _ in 0 } == nil)
  }
}
