import SafeguardKernels
import SafeguardKernelsXML

/// Streams one worksheet's rows as records, the shape the CSV parser hands the file states: one
/// field per column from column A, in the row's reused buffer.
///
/// Only `<sheetData>` is read, element by element; the rest of the part (merged ranges,
/// conditional formats, …) is passed over. A cell missing from a row (Excel writes no
/// element for an empty cell) reads as blank: the column letters of each cell's reference say
/// where it goes. A cell's value is its stored value: a formula's cached result, never the
/// formula. Shared strings and inline strings read as their text; numbers as stored (so a number
/// typed as text and one stored as a number read alike); numbers in a date style as
/// `dd/mm/yyyy` (see `CellText.appendDate`); booleans as TRUE or FALSE; error values as shown
/// (`#N/A`). A record's line is the sheet's row number.
struct SheetStream {
  let strings: SharedStrings
  let styles: CellStyles
  let uses1904: Bool
  /// Columns from this one on are not copied (set to the header's width once it is found).
  var width = Int.max
  /// The first cell with a value right of `width`, and how many there were.
  private(set) var beyond: (row: Int, column: Int)?
  private(set) var beyondCount = 0
  /// Bytes of sheet XML read.
  private var bytes: [UInt8] = []
  private var ends: [Int] = []

  init(_ contents: WorkbookContents) {
    strings = contents.strings
    styles = contents.styles
    uses1904 = contents.uses1904
    bytes.reserveCapacity(1 << 12)
    ends.reserveCapacity(256)
  }

  nonisolated(unsafe) private static let nothing = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
  nonisolated(unsafe) private static let noEnds = UnsafeMutablePointer<Int>.allocate(capacity: 1)

  /// What the reader of a row wants next.
  enum Next {
    case row
    /// The row was the header: columns from `width` on are not copied from now on.
    case rowsUpTo(width: Int)
    case stop
  }

  /// Reads the sheet's rows, handing each to `body` until it says stop.
  mutating func read(_ reader: XMLTextReader, _ body: (CSVRecord) throws -> Next) throws {
    let sheetData = reader.intern("sheetData")
    let rowName = reader.intern("row")
    let cName = reader.intern("c")
    let vName = reader.intern("v")
    let isName = reader.intern("is")
    let tName = reader.intern("t")
    let runName = reader.intern("r")
    let sName = reader.intern("s")
    var rowNumber = 0
    var going = true
    while going, try reader.read() {
      guard reader.kind == .element, reader.localName == sheetData else { continue }
      try reader.forEachChild { name in
        guard going, name == rowName else { return try reader.skipElement() }
        rowNumber = (reader.attribute(runName) { SheetStream.integer($0) } ?? nil) ?? rowNumber + 1
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        var hasText = false
        try reader.forEachChild { name in
          guard name == cName else { return try reader.skipElement() }
          let column = (reader.attribute(runName) { CellText.column($0) } ?? nil) ?? ends.count
          let type = reader.attribute(tName) { SheetStream.cellType($0) } ?? 0x6E
          let style = (reader.attribute(sName) { SheetStream.integer($0) } ?? nil) ?? 0
          let start = bytes.count
          try reader.forEachChild { part in
            if part == vName {
              _ = try reader.text { raw in append(raw, type: type, style: style) }
            } else if part == isName {
              try reader.forEachChild { piece in
                if piece == tName {
                  _ = try reader.text { CellText.appendUnescaped($0, to: &bytes) }
                } else if piece == runName {
                  try reader.forEachChild { inRun in
                    if inRun == tName {
                      _ = try reader.text { CellText.appendUnescaped($0, to: &bytes) }
                    } else {
                      try reader.skipElement()
                    }
                  }
                } else {
                  try reader.skipElement()
                }
              }
            } else {
              try reader.skipElement()
            }
          }
          guard column >= ends.count, column < width else {
            // Right of the header, or a second cell for a column already filled: not read.
            if bytes.count > start {
              if beyond == nil { beyond = (rowNumber, column) }
              beyondCount += 1
            }
            bytes.removeSubrange(start...)
            return
          }
          let value = bytes.count - start
          if value > 0 {
            hasText = true
            // The cell's bytes move to the end of the gap columns' (empty) fields.
          }
          while ends.count < column { ends.append(start) }
          ends.append(bytes.count)
        }
        let next = try bytes.withUnsafeBufferPointer { b in
          try ends.withUnsafeBufferPointer { e in
            try body(
              CSVRecord(
                bytes: b.baseAddress ?? UnsafePointer(SheetStream.nothing),
                ends: e.baseAddress ?? UnsafePointer(SheetStream.noEnds), count: e.count, line: rowNumber,
                hasText: hasText))
          }
        }
        switch next {
        case .row: break
        case .rowsUpTo(let w): width = w
        case .stop: going = false
        }
      }
      // The rest of the part (merged ranges, page set-up) is read through, unused, so its
      // checksum is checked at its end; a reader that stopped early skips it.
      if going { while try reader.read() {} }
      return
    }
  }

  /// Appends a `<v>` value as text, by the cell's type (`t`) and style.
  @inline(__always)
  private mutating func append(_ raw: UnsafeBufferPointer<UInt8>, type: UInt8, style: Int) {
    switch type {
    case 0x73:  // s: shared string
      guard let i = SheetStream.integer(raw),
        strings.withString(i, { bytes.append(contentsOf: $0) }) != nil
      else {
        bytes.append(contentsOf: Array("#shared string \(String(decoding: raw, as: UTF8.self)) missing".utf8))
        return
      }
    case 0x62:  // b: boolean
      bytes.append(contentsOf: raw.first == 0x31 ? Array("TRUE".utf8) : Array("FALSE".utf8))
    case 0x6E:  // n: number
      let kind = styles.kind(style)
      if kind == 0 {
        bytes.append(contentsOf: raw)
      } else {
        CellText.appendDate(raw, uses1904: uses1904, withTime: kind == 2, to: &bytes)
      }
    case 0x64:  // d: an ISO 8601 date, written as its date (and time, when not midnight)
      var text = String(decoding: raw, as: UTF8.self)
      if text.hasSuffix("T00:00:00") || text.hasSuffix("T00:00:00Z") {
        text = String(text.prefix(10))
      }
      bytes.append(contentsOf: Array(text.utf8))
    default:  // str (a formula's text), e (an error value such as #N/A)
      CellText.appendUnescaped(raw, to: &bytes)
    }
  }

  /// The first byte that tells a cell type apart: `s`, `n`, `b`, `d`, `e`, and `str` as `f`,
  /// `inlineStr` as `i`.
  @inline(__always)
  static func cellType(_ b: UnsafeBufferPointer<UInt8>) -> UInt8 {
    switch b.count {
    case 1: return b[0]
    case 3: return 0x66
    case 9: return 0x69
    default: return 0x6E
    }
  }

  @inline(__always)
  static func integer(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
    guard !b.isEmpty, b.count <= 18 else { return nil }
    var v = 0
    for c in b {
      let d = Int(c &- 0x30)
      guard d < 10 else { return nil }
      v = v * 10 + d
    }
    return v
  }
}
