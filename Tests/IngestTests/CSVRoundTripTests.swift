import PropertyBased
import Report
import SafeguardCore
import SafeguardKernels
import Testing

@testable import Ingest

/// Law: reading what the writer wrote gives back the same fields, whatever they hold.
@Suite struct CSVRoundTripTests {
  /// Parses CSV bytes into rows of strings with the project's libcsv parser.
  static func parse(_ bytes: [UInt8]) throws -> (rows: [[String]], errors: Int) {
    var rows: [[String]] = []
    var errors = 0
    let parser = try makeParser(
      onRecord: { record in
        rows.append((0..<record.count).map { record.string($0) })
        return nil
      }, onError: { _ in errors += 1 })
    bytes.withUnsafeBytes { parser.feed($0) }
    parser.finish()
    return (rows, errors)
  }

  /// Awkward characters: delimiters, quotes, line breaks, spaces, non-ASCII.
  static let alphabet: [Character] = ["a", "Z", "0", ",", "\"", "\r", "\n", " ", "\t", "é", "–", "😀", "=", "-"]
  static let field = Gen.int(in: 0...(alphabet.count - 1)).array(of: 1...12).map { String($0.map { alphabet[$0] }) }
  static let table = field.array(of: 3...3).array(of: 1...20)

  @Test func writeThenReadGivesTheSameFields() async throws {
    await propertyCheck(input: Self.table) { rows in
      // The writer's header is the first row; every row has three fields.
      let bytes = CSVWriter.render(header: rows[0], rows: rows.dropFirst().map { $0.map { Cell.text($0) } })
      let parsed = try? Self.parse(bytes)
      #expect(parsed?.errors == 0)
      let expected = [rows[0]] + rows.dropFirst().map { $0.map { Cell.text($0).rendered } }
      #expect(parsed?.rows == expected)
    }
  }

  @Test func physicalLinesAreCountedThroughQuotedLineBreaks() throws {
    var lines: [Int] = []
    let parser = try makeParser(
      onRecord: { record in
        lines.append(record.line)
        return nil
      }, onError: { _ in })
    let text = "h1,h2\r\n\"a\r\nb\",x\r\n\r\nc,\"d\ne\rf\"\ng,h"
    Array(text.utf8).withUnsafeBytes { parser.feed($0) }
    parser.finish()
    // Records start on lines 1, 2, 5 (after a blank line 4), and 8 (line 5's field spans 5–7).
    #expect(lines == [1, 2, 5, 8])
  }

  @Test func splitFeedsGiveTheSameRecordsAsOneFeed() throws {
    let text = Array("a,\"b\r\nc\",d\r\ne,f,g\rh,i,j\n".utf8)
    let whole = try Self.parse(text).rows
    for cut in 1..<text.count {
      var rows: [[String]] = []
      let parser = try makeParser(
        onRecord: { record in
          rows.append((0..<record.count).map { record.string($0) })
          return nil
        }, onError: { _ in })
      text[..<cut].withUnsafeBytes { parser.feed($0) }
      text[cut...].withUnsafeBytes { parser.feed($0) }
      parser.finish()
      #expect(rows == whole, "cut at \(cut)")
    }
  }
}

/// A libcsv parser, or a failed test when libcsv cannot start.
private func makeParser(
  onRecord: @escaping (CSVRecord) -> [Bool]?, onError: @escaping (CSVQuotingError) -> Void
) throws -> CSVParser {
  try #require(CSVParser(onRecord: onRecord, onError: onError))
}
