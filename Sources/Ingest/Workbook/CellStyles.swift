import SafeguardKernelsXML

/// Which cell styles show a number as a date, and which of those show a time too.
///
/// A cell's `s` attribute indexes `<cellXfs>`; each `<xf>` names a number format, built in
/// (ids 14–22, 27–36, 45–47, 50–58 are dates or times in some locale) or declared in
/// `<numFmts>`, whose format code is read: a `d`, `m` or `y` outside quotes, brackets and
/// escapes makes a date, an `h` or `s` a time.
struct CellStyles {
  /// For each cell style: 0 a number, 1 a date, 2 a date and time.
  private(set) var kinds: [UInt8] = []

  init() {}

  @inline(__always)
  func kind(_ style: Int) -> UInt8 { style >= 0 && style < kinds.count ? kinds[style] : 0 }

  init(_ reader: XMLTextReader) throws {
    let numFmt = reader.intern("numFmt")
    let cellXfs = reader.intern("cellXfs")
    let xf = reader.intern("xf")
    let numFmtId = reader.intern("numFmtId")
    let formatCode = reader.intern("formatCode")
    var declared: [Int: UInt8] = [:]
    var inCellXfs = -1
    while try reader.read() {
      switch reader.kind {
      case .element where reader.localName == numFmt:
        let id = reader.attribute(numFmtId) { CellStyles.integer($0) } ?? nil
        let code = reader.attribute(formatCode) { String(decoding: $0, as: UTF8.self) } ?? ""
        if let id { declared[id] = CellStyles.classify(code) }
      case .element where reader.localName == cellXfs:
        inCellXfs = reader.depth
      case .element where reader.localName == xf && inCellXfs >= 0 && reader.depth == inCellXfs + 1:
        let id = (reader.attribute(numFmtId) { CellStyles.integer($0) } ?? nil) ?? 0
        kinds.append(declared[id] ?? CellStyles.builtIn(id))
      case .endElement where reader.depth == inCellXfs:
        inCellXfs = -1
      default: break
      }
    }
  }

  static func integer(_ b: UnsafeBufferPointer<UInt8>) -> Int? { Int(String(decoding: b, as: UTF8.self)) }

  /// The built-in number formats that show dates (1) or dates and times (2); times alone (18–21,
  /// 45–47) count as dates with a time, so their serial is never read as a plain number.
  static func builtIn(_ id: Int) -> UInt8 {
    switch id {
    case 14...17, 27...31, 34...36, 50...58: return 1
    case 18...22, 32, 33, 45...47: return 2
    default: return 0
    }
  }

  /// 1 when a format code shows a date, 2 a date and time, 0 otherwise.
  static func classify(_ code: String) -> UInt8 {
    var date = false
    var time = false
    var quoted = false
    var bracket = false
    var escaped = false
    // Only the first section (positive numbers) decides.
    for c in code.lowercased() {
      if escaped {
        escaped = false
        continue
      }
      if c == "\\" {
        escaped = true
      } else if c == "\"" {
        quoted.toggle()
      } else if quoted {
        continue
      } else if c == "[" {
        bracket = true
      } else if c == "]" {
        bracket = false
      } else if bracket {
        continue
      } else if c == ";" {
        break
      } else if c == "d" || c == "m" || c == "y" {
        date = true
      } else if c == "h" || c == "s" {
        time = true
      }
    }
    return date ? (time ? 2 : 1) : 0
  }
}
