/// A CSV file being built in memory, keeping count of physical lines.
///
/// Fields are quoted as RFC 4180 asks (only when they hold a comma, a quote, CR or LF); a
/// leading hyphen is left alone, as spreadsheets export it. Physical line numbers count the
/// header as line 1; a line break inside a quoted field starts a new physical line, so a
/// record's number is where it starts.
struct CSVDocument {
  enum LineEnd: String {
    case lf = "\n"
    case crlf = "\r\n"
    case cr = "\r"
  }

  let lineEnd: LineEnd
  private(set) var text = ""
  /// The physical line the next record will start on.
  private(set) var nextLine = 1
  /// Records appended, the header included.
  private(set) var records = 0

  /// Data records: everything after the header.
  var dataRecords: Int { max(0, records - 1) }

  /// The number of the last physical line (a final line end does not start another line).
  var physicalLines: Int { text.isEmpty || !text.hasSuffix(lineEnd.rawValue) ? nextLine : nextLine - 1 }

  init(lineEnd: LineEnd) { self.lineEnd = lineEnd }

  /// Appends one record and returns the physical line it starts on.
  @discardableResult
  mutating func append(_ fields: [String]) -> Int {
    let line = nextLine
    var first = true
    for field in fields {
      if !first { text += "," }
      first = false
      let quoted = CSVDocument.quoted(field)
      nextLine += CSVDocument.lineBreaks(in: quoted)
      text += quoted
    }
    text += lineEnd.rawValue
    nextLine += 1
    records += 1
    return line
  }

  /// Appends text exactly as given (for a planted malformed record) and returns its line.
  @discardableResult
  mutating func appendRaw(_ raw: String, terminated: Bool) -> Int {
    let line = nextLine
    text += raw
    nextLine += CSVDocument.lineBreaks(in: raw)
    if terminated {
      text += lineEnd.rawValue
      nextLine += 1
    }
    records += 1
    return line
  }

  static func quoted(_ field: String) -> String {
    let needsQuotes = field.utf8.contains {
      $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13
    }
    guard needsQuotes else { return field }
    var out = "\""
    for ch in field {
      if ch == "\"" { out += "\"\"" } else { out.append(ch) }
    }
    return out + "\""
  }

  /// CR LF, a lone CR and a lone LF each end one physical line.
  static func lineBreaks(in s: String) -> Int {
    var n = 0
    var previousCR = false
    for b in s.utf8 {
      if b == 13 {
        n += 1
        previousCR = true
      } else {
        if b == 10 && !previousCR { n += 1 }
        previousCR = false
      }
    }
    return n
  }
}

/// The byte encodings the bundled fixtures are written in.
enum TextEncoding: String {
  case utf8 = "UTF-8"
  case utf8BOM = "UTF-8 with BOM"
  case utf16LEBOM = "UTF-16LE with BOM"
  case windows1252 = "Windows-1252"

  func encode(_ s: String) -> [UInt8] {
    switch self {
    case .utf8: return Array(s.utf8)
    case .utf8BOM: return [0xEF, 0xBB, 0xBF] + Array(s.utf8)
    case .utf16LEBOM:
      var out: [UInt8] = [0xFF, 0xFE]
      out.reserveCapacity(2 + s.utf8.count * 2)
      for unit in s.utf16 {
        out.append(UInt8(truncatingIfNeeded: unit))
        out.append(UInt8(truncatingIfNeeded: unit >> 8))
      }
      return out
    case .windows1252:
      var out: [UInt8] = []
      out.reserveCapacity(s.utf8.count)
      for scalar in s.unicodeScalars {
        if scalar.value < 0x80 {
          out.append(UInt8(scalar.value))
        } else if let b = TextEncoding.cp1252[scalar.value] {
          out.append(b)
        } else {
          preconditionFailure("U+\(String(scalar.value, radix: 16)) has no Windows-1252 byte")
        }
      }
      return out
    }
  }

  /// The text of bytes written by `encode`.
  func decode(_ bytes: [UInt8]) -> String {
    switch self {
    case .utf8: return String(decoding: bytes, as: UTF8.self)
    case .utf8BOM: return String(decoding: bytes.dropFirst(3), as: UTF8.self)
    case .utf16LEBOM:
      let units = stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8 }
      return String(decoding: units, as: UTF16.self)
    case .windows1252:
      let back = Dictionary(uniqueKeysWithValues: TextEncoding.cp1252.map { ($0.value, $0.key) })
      var s = String.UnicodeScalarView()
      for b in bytes { s.append(Unicode.Scalar(back[b] ?? UInt32(b))!) }
      return String(s)
    }
  }

  /// The few non-ASCII characters the fixtures use.
  private static let cp1252: [UInt32: UInt8] = [0x2013: 0x96, 0x2014: 0x97, 0x2019: 0x92, 0xE9: 0xE9]
}
