import Testing

@testable import Report

/// RFC 4180 layout, quoting and the formula guard in the file's bytes.
@Suite struct CSVWriterTests {
  func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

  @Test func crlfAfterEveryRowIncludingTheLast() {
    let bytes = CSVWriter.render(header: ["a", "b"], rows: [[.int(1), .text("x")], [.blank, .suppressed]])
    #expect(text(bytes) == "a,b\r\n1,x\r\n,c\r\n")
    #expect(Array(bytes.suffix(2)) == [0x0D, 0x0A])
  }

  @Test func headerOnly() {
    #expect(text(CSVWriter.render(header: ["indicator_id"], rows: [])) == "indicator_id\r\n")
  }

  @Test func utf8WithoutByteOrderMark() {
    let bytes = CSVWriter.render(header: ["name"], rows: [[.text("Zoë")]])
    #expect(Array(bytes.prefix(3)) != [0xEF, 0xBB, 0xBF])
    #expect(bytes == Array("name\r\nZoë\r\n".utf8))
  }

  @Test(
    "fields are quoted only when they need it",
    arguments: [
      ("plain", "plain"),
      ("", ""),
      ("a,b", "\"a,b\""),
      ("say \"hi\"", "\"say \"\"hi\"\"\""),
      ("\"", "\"\"\"\""),
      ("line1\nline2", "\"line1\nline2\""),
      ("line1\rline2", "\"line1\rline2\""),
      ("line1\r\nline2", "\"line1\r\nline2\""),
      ("semi;colon", "semi;colon"),
      ("  spaces  ", "\"  spaces  \""), ("tab\t", "\"tab\t\""), ("in  side", "in  side"),
    ])
  func field(raw: String, expected: String) {
    #expect(CSVWriter.field(raw) == expected)
  }

  @Test func quotingInRows() {
    let bytes = CSVWriter.render(
      header: ["x", "y"], rows: [[.text("a,b"), .text("q\"q")], [.text("l\nl"), .int(2)]])
    #expect(text(bytes) == "x,y\r\n\"a,b\",\"q\"\"q\"\r\n\"l\nl\",2\r\n")
  }

  @Test func formulaGuardInRowsButNotNumbers() {
    let bytes = CSVWriter.render(
      header: ["t", "n"], rows: [[.text("=1+1"), .int(-3)], [.text("-Team"), .decimal(-0.5, places: 1)]])
    #expect(text(bytes) == "t,n\r\n'=1+1,-3\r\n'-Team,-0.5\r\n")
  }

  @Test func guardedTextWithLineBreakIsAlsoQuoted() {
    let bytes = CSVWriter.render(header: ["t"], rows: [[.text("\rx")], [.text("@a,b")]])
    #expect(text(bytes) == "t\r\n\"'\rx\"\r\n\"'@a,b\"\r\n")
  }

  @Test func sameCellsGiveSameBytes() {
    let rows: [[Cell]] = [[.text("A"), .fraction(1, 3, multiplier: 100, places: 1)], [.text("B"), .blank]]
    #expect(CSVWriter.render(header: ["k", "v"], rows: rows) == CSVWriter.render(header: ["k", "v"], rows: rows))
  }
}
