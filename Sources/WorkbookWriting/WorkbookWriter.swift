import Foundation
import ZIPFoundation

/// Writes small `.xlsx` workbooks for the fixtures and the tests: the sheets' XML is written
/// here as text, the archive by ZIPFoundation.
///
/// The bytes depend only on the sheets: entries are written in a fixed order, deflated, and
/// their timestamps set to 1 January 1980 (the earliest a ZIP holds) after writing, so no
/// clock or time zone shows in the file.
public struct WorkbookWriter {
  public var sheets: [WorkbookSheet]
  /// Serial numbers count from 1 January 1904 (the Mac date system).
  public var uses1904 = false
  /// Extra entries written as given (for hostile archives in the tests).
  public var extraEntries: [(path: String, bytes: [UInt8])] = []
  /// Leave `xl/styles.xml` out (dates then read as plain numbers).
  public var withoutStyles = false

  public init(sheets: [WorkbookSheet]) { self.sheets = sheets }

  /// Cell style indexes in `styles.xml`: 0 general, 1 a date, 2 a date and time.
  static let dateStyle = 1
  static let dateTimeStyle = 2

  /// The archive's entries, in writing order.
  public func entries() -> [(path: String, bytes: [UInt8])] {
    var shared = SharedStringTable()
    var parts: [(String, [UInt8])] = []
    var sheetParts: [(String, [UInt8])] = []
    for (i, sheet) in sheets.enumerated() {
      sheetParts.append(("xl/worksheets/sheet\(i + 1).xml", Array(sheetXML(sheet, &shared).utf8)))
    }
    parts.append(("[Content_Types].xml", Array(contentTypes().utf8)))
    parts.append(("_rels/.rels", Array(WorkbookWriter.packageRels.utf8)))
    parts.append(("xl/workbook.xml", Array(workbookXML().utf8)))
    parts.append(("xl/_rels/workbook.xml.rels", Array(workbookRels().utf8)))
    if !withoutStyles { parts.append(("xl/styles.xml", Array(WorkbookWriter.styles.utf8))) }
    parts.append(("xl/sharedStrings.xml", Array(shared.xml().utf8)))
    return parts + sheetParts + extraEntries.map { ($0.path, $0.bytes) }
  }

  /// Writes the workbook to `path`, replacing any file there.
  public func write(to path: String) throws { try WorkbookWriter.writeArchive(to: path, entries: entries()) }

  /// Writes a ZIP archive of `entries`, deflated, in order, with fixed timestamps.
  public static func writeArchive(to path: String, entries: [(path: String, bytes: [UInt8])]) throws {
    let url = URL(fileURLWithPath: path)
    try? FileManager.default.removeItem(at: url)
    let archive = try Archive(url: url, accessMode: .create)
    for (name, bytes) in entries {
      let data = Data(bytes)
      try archive.addEntry(
        with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: Date(timeIntervalSince1970: 0),
        permissions: 0o644, compressionMethod: .deflate
      ) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    try ZipBytes.setTimestamps(of: path, date: 0x0021, time: 0)
  }

  // MARK: Parts

  static let mainNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  static let packageRels = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="\(relType)/officeDocument" Target="xl/workbook.xml"/></Relationships>
    """

  /// Style 0 general, 1 `dd/mm/yyyy` (a declared format), 2 built-in 22 (`m/d/yy h:mm`).
  static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <styleSheet xmlns="\(mainNS)"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>\
    <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
    <fills count="1"><fill><patternFill patternType="none"/></fill></fills>\
    <borders count="1"><border/></borders>\
    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
    <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
    <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
    <xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
    </styleSheet>
    """

  func contentTypes() -> String {
    var s = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
      <Default Extension="xml" ContentType="application/xml"/>\
      <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
      """
    for i in sheets.indices {
      s +=
        "<Override PartName=\"/xl/worksheets/sheet\(i + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    }
    return s + "</Types>"
  }

  func workbookXML() -> String {
    var s = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <workbook xmlns="\(WorkbookWriter.mainNS)" xmlns:r="\(WorkbookWriter.relNS)">
      """
    if uses1904 { s += "<workbookPr date1904=\"1\"/>" }
    s += "<sheets>"
    for (i, sheet) in sheets.enumerated() {
      let state = sheet.hidden ? " state=\"hidden\"" : ""
      s += "<sheet name=\"\(XMLText.escaped(sheet.name))\" sheetId=\"\(i + 1)\"\(state) r:id=\"rId\(i + 1)\"/>"
    }
    return s + "</sheets></workbook>"
  }

  func workbookRels() -> String {
    var s = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      """
    for i in sheets.indices {
      s +=
        "<Relationship Id=\"rId\(i + 1)\" Type=\"\(WorkbookWriter.relType)/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
    }
    let n = sheets.count
    if !withoutStyles {
      s += "<Relationship Id=\"rId\(n + 1)\" Type=\"\(WorkbookWriter.relType)/styles\" Target=\"styles.xml\"/>"
    }
    s +=
      "<Relationship Id=\"rId\(n + 2)\" Type=\"\(WorkbookWriter.relType)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
    return s + "</Relationships>"
  }

  func sheetXML(_ sheet: WorkbookSheet, _ shared: inout SharedStringTable) -> String {
    var s = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <worksheet xmlns="\(WorkbookWriter.mainNS)" xmlns:r="\(WorkbookWriter.relNS)"><sheetData>
      """
    s.reserveCapacity(sheet.rows.count * 200)
    for (row, cells) in sheet.rows {
      s += "<row r=\"\(row)\">"
      for (column, cell) in cells {
        let ref = WorkbookWriter.letters(column) + String(row)
        switch cell {
        case .text(let t): s += "<c r=\"\(ref)\" t=\"s\"><v>\(shared.index(t))</v></c>"
        case .inlineText(let t): s += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(XMLText.escaped(t))</t></is></c>"
        case .number(let n): s += "<c r=\"\(ref)\"><v>\(n)</v></c>"
        case .date(let serial):
          let style = serial.contains(".") ? WorkbookWriter.dateTimeStyle : WorkbookWriter.dateStyle
          s += "<c r=\"\(ref)\" s=\"\(style)\"><v>\(serial)</v></c>"
        case .boolean(let b): s += "<c r=\"\(ref)\" t=\"b\"><v>\(b ? 1 : 0)</v></c>"
        case .formula(let f, let cached, let text):
          s +=
            "<c r=\"\(ref)\"\(text ? " t=\"str\"" : "")><f>\(XMLText.escaped(f))</f><v>\(XMLText.escaped(cached))</v></c>"
        case .error(let e): s += "<c r=\"\(ref)\" t=\"e\"><v>\(XMLText.escaped(e))</v></c>"
        }
      }
      s += "</row>"
    }
    s += "</sheetData>"
    if !sheet.merges.isEmpty {
      s += "<mergeCells count=\"\(sheet.merges.count)\">"
      for m in sheet.merges { s += "<mergeCell ref=\"\(m)\"/>" }
      s += "</mergeCells>"
    }
    return s + "</worksheet>"
  }

  /// Column index 0 → `A`, 26 → `AA`.
  public static func letters(_ column: Int) -> String {
    var n = column + 1
    var out = ""
    while n > 0 {
      let r = (n - 1) % 26
      out = String(Character(Unicode.Scalar(UInt8(65 + r)))) + out
      n = (n - 1) / 26
    }
    return out
  }

  /// The serial number of a day in the 1900 system (Excel's default), counting the fictitious
  /// 29 February 1900 as 60; in the 1904 system when `uses1904`.
  public static func serial(year: Int, month: Int, day: Int, uses1904: Bool = false) -> Int {
    func days(_ y0: Int, _ m: Int, _ d: Int) -> Int {
      let y = m <= 2 ? y0 - 1 : y0
      let era = (y >= 0 ? y : y - 399) / 400
      let yoe = y - era * 400
      let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1
      return era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy
    }
    if uses1904 { return days(year, month, day) - days(1904, 1, 1) }
    let n = days(year, month, day) - days(1899, 12, 31)
    return n >= 60 ? n + 1 : n
  }
}

/// The shared strings of a workbook being written, in first-use order.
struct SharedStringTable {
  private var index: [String: Int] = [:]
  private var strings: [String] = []
  private var uses = 0

  mutating func index(_ s: String) -> Int {
    uses += 1
    if let i = index[s] { return i }
    index[s] = strings.count
    strings.append(s)
    return strings.count - 1
  }

  func xml() -> String {
    var out = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <sst xmlns="\(WorkbookWriter.mainNS)" count="\(uses)" uniqueCount="\(strings.count)">
      """
    for s in strings {
      let space = s.first == " " || s.last == " " || s.contains("\n") ? " xml:space=\"preserve\"" : ""
      out += "<si><t\(space)>\(XMLText.escaped(s))</t></si>"
    }
    return out + "</sst>"
  }
}

/// Text escaped for XML content and attribute values.
enum XMLText {
  static func escaped(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for ch in s.unicodeScalars {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\r": out += "_x000D_"
      default: out.unicodeScalars.append(ch)
      }
    }
    return out
  }
}
