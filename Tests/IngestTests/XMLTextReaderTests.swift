import Foundation
import SafeguardKernels
import SafeguardKernelsXML
import Testing

@testable import Ingest

/// The reader hands libxml2 the file 64 KiB at a time; text cut by a chunk end must come back whole.
@Suite struct XMLTextReaderTests {
  /// Reads `<D>` from `xml` written to a file: its text and the line the reader gives it.
  static func readD(_ xml: String) throws -> (text: String?, line: Int) {
    let path = TestFiles.path("chunks.xml")
    FileManager.default.createFile(atPath: path, contents: Data(xml.utf8))
    defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
    let reader = try XMLTextReader(path: path, name: "chunks.xml")
    let d = reader.intern("D")
    while try reader.read() {
      if reader.kind == .element && reader.localName == d {
        let line = reader.line
        return (try reader.text { String(decoding: $0, as: UTF8.self) }, line)
      }
    }
    return (nil, 0)
  }

  @Test(arguments: 0..<12)
  func textCutByTheChunkEndComesBackWhole(shift: Int) throws {
    // `<R>\n<P>` (7 bytes) + padding + `</P>\n<D>` (8): the date starts at offset 15 + padding =
    // 65,535 − shift, so the first chunk (offsets 0 to 65,535) ends `shift` + 1 bytes into
    // "2023-05-02" (shift 9 to 11: at or just after its end).
    let padding = 65_536 - 16 - shift
    let xml = "<R>\n<P>" + String(repeating: "x", count: padding) + "</P>\n<D>2023-05-02</D>\n</R>\n"
    #expect(
      xml.utf8.distance(from: xml.utf8.startIndex, to: xml.utf8.firstIndex(of: UInt8(ascii: "2"))!) == 65_535 - shift)
    let (text, line) = try Self.readD(xml)
    #expect(text == "2023-05-02")
    #expect(line == 3)
  }

  @Test func textAroundACommentAcrossTheChunkEndIsJoined() throws {
    // "2023-" fills offsets 15 + padding = 65,528 to 65,532; the comment (65,533 to 65,542) spans
    // the chunk end at 65,536; "05-02" follows in the second chunk.
    let padding = 65_536 - 23
    let xml = "<R>\n<P>" + String(repeating: "x", count: padding) + "</P>\n<D>2023-<!-- c -->05-02</D>\n</R>\n"
    #expect(try Self.readD(xml).text == "2023-05-02")
  }
}
