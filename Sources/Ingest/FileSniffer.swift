import SafeguardCore
import SafeguardKernels

/// What a file looks like before it is read: CSV text, XML with a given root element, a ZIP
/// archive (an Excel workbook when it holds `xl/workbook.xml`), a compound file (OLE2: an Excel
/// 97-2003 workbook or a password-protected one), or not text at all.
public enum FileShape: Equatable, Sendable {
  case delimitedText
  /// `root` is the root element's name, with `{namespace}` before it when its start tag declares
  /// a default namespace (the CIN census has none).
  case xml(root: String)
  case zipArchive
  case compoundFile
  case empty
  /// Not text: what the bytes look like (`gzip-compressed data`, `a NUL byte`, ...), and the
  /// line it is on when that means something.
  case binary(String, line: Int? = nil)
}

/// Looks at the first bytes of a file, never its name.
public enum FileSniffer {
  public static func shape(of path: String) -> FileShape {
    let head = FileBytes.head(of: path, count: 4096)
    if head.isEmpty { return .empty }
    if head.count >= 4, head[0] == 0x50, head[1] == 0x4B,
      (head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6)
    {
      return .zipArchive
    }
    if head.starts(with: CompoundFile.signature) { return .compoundFile }
    if let format = FileSniffer.formats.first(where: { head.starts(with: $0.magic) }) { return .binary(format.what) }
    var text: [UInt8] = []
    var t = UTF8Transcoder()
    head.withUnsafeBytes { t.decode($0, into: &text) }
    // A cut UTF-16 pair or UTF-8 sequence at the end of the head is not a reason to refuse it.
    if let nul = text.firstIndex(of: 0) {
      let line = text.withUnsafeBufferPointer { 1 + CSVParser.lineBreaks(UnsafeBufferPointer(rebasing: $0[..<nul])) }
      return .binary("a NUL byte (a binary file, or a copy cut short and padded with zeros)", line: line)
    }
    t.finish(into: &text)
    var i = 0
    while i < text.count, text[i] == 0x20 || text[i] == 0x09 || text[i] == 0x0A || text[i] == 0x0D { i += 1 }
    guard i < text.count, text[i] == 0x3C else { return .delimitedText }
    // Skip the XML declaration, comments and a DOCTYPE to find the root element's name.
    var j = i
    while j < text.count {
      guard text[j] == 0x3C, j + 1 < text.count else { j += 1; continue }
      let next = text[j + 1]
      if next == 0x3F || next == 0x21 {  // <? or <!
        while j < text.count && text[j] != 0x3E { j += 1 }
        j += 1
        continue
      }
      var k = j + 1
      while k < text.count,
        !(text[k] == 0x20 || text[k] == 0x3E || text[k] == 0x2F || text[k] == 0x0A || text[k] == 0x0D)
      {
        k += 1
      }
      let name = String(decoding: text[(j + 1)..<k], as: UTF8.self)
      return .xml(root: defaultNamespace(text[k...]).map { "{\($0)}" + name } ?? name)
    }
    return .xml(root: "")
  }

  /// The value of `xmlns="..."` in the start tag that `tag` begins inside, if it has one.
  static func defaultNamespace(_ tag: ArraySlice<UInt8>) -> String? {
    let end = tag.firstIndex(of: 0x3E) ?? tag.endIndex
    let attributes = Array(tag[..<end])
    let key = Array("xmlns=".utf8)
    guard attributes.count > key.count else { return nil }
    for i in 0...(attributes.count - key.count - 1) where attributes[i..<(i + key.count)].elementsEqual(key) {
      // `xmlns=` and not the end of `foo:xmlns=`, an attribute `dataxmlns=` or a prefixed `xmlns:c=`.
      guard i == 0 || attributes[i - 1] == 0x20 || attributes[i - 1] == 0x09 || attributes[i - 1] == 0x0A else {
        continue
      }
      let quote = attributes[i + key.count]
      guard quote == 0x22 || quote == 0x27 else { return nil }
      let value = attributes[(i + key.count + 1)...].prefix { $0 != quote }
      return value.isEmpty ? nil : String(decoding: value, as: UTF8.self)
    }
    return nil
  }

  /// File formats that are not text, by the bytes they start with.
  static let formats: [(magic: [UInt8], what: String)] = [
    ([0x1F, 0x8B], "gzip-compressed data; uncompress it first (gunzip)"),
    ([0x42, 0x5A, 0x68], "bzip2-compressed data; uncompress it first"),
    ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz-compressed data; uncompress it first"),
    ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive; extract it first"),
    (Array("%PDF-".utf8), "a PDF document"),
    ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
    ([0xFF, 0xD8, 0xFF], "a JPEG image"),
    ([0x7F, 0x45, 0x4C, 0x46], "a program (ELF)"),
  ]
}
