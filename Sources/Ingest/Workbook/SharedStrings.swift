import SafeguardKernelsXML

/// A workbook's shared string table, held as one run of UTF-8 bytes and the end of each string,
/// so a cell's text is found by index without a `String` per entry.
struct SharedStrings {
  private(set) var bytes: [UInt8] = []
  private(set) var ends: [Int] = []

  init() {}

  var count: Int { ends.count }

  /// The bytes of string `i`; nil when the table has no such entry.
  @inline(__always)
  func withString<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
    guard i >= 0 && i < ends.count else { return nil }
    let start = i == 0 ? 0 : ends[i - 1]
    return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<ends[i]])) }
  }

  /// Reads `<sst>`: each `<si>` is its `<t>` text, or its runs' `<t>` texts joined; phonetic
  /// guides (`<rPh>`) are left out.
  init(_ reader: XMLTextReader) throws {
    let si = reader.intern("si")
    let t = reader.intern("t")
    let rPh = reader.intern("rPh")
    var inString = false
    var phoneticDepth = -1
    while try reader.read() {
      switch reader.kind {
      case .element where reader.localName == si:
        inString = true
      case .element where reader.localName == rPh:
        phoneticDepth = reader.depth
      case .element where reader.localName == t && inString && phoneticDepth < 0:
        _ = try reader.text { CellText.appendUnescaped($0, to: &bytes) }
      case .endElement where reader.depth == phoneticDepth:
        phoneticDepth = -1
      case .endElement where inString && reader.depth == 1:
        ends.append(bytes.count)
        inString = false
      default: break
      }
    }
  }
}
