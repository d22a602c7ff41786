import SafeguardCore

/// What a file looks like before it is read: CSV text, XML with a given root element, a ZIP
/// archive (an Excel workbook when it holds `xl/workbook.xml`), or a compound file (OLE2: an
/// Excel 97-2003 workbook or a password-protected one).
public enum FileShape: Equatable, Sendable {
  case delimitedText
  case xml(root: String)
  case zipArchive
  case compoundFile
  case empty
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
    var text: [UInt8] = []
    var t = UTF8Transcoder()
    head.withUnsafeBytes { t.decode($0, into: &text) }
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
      return .xml(root: String(decoding: text[(j + 1)..<k], as: UTF8.self))
    }
    return .xml(root: "")
  }
}
