import SafeguardCore
import SafeguardKernelsXML

/// What a workbook holds besides its cells: the sheets in tab order, where each sheet's part is,
/// the shared strings, which cell styles show dates, and the date system.
struct WorkbookContents {
  struct Sheet {
    let name: String
    /// The archive path of the sheet's part; nil for a chart sheet or a dialog sheet (no cells).
    let part: String?
    let hidden: Bool
  }

  var sheets: [Sheet] = []
  /// True when serial numbers count days from 1 January 1904 (the Mac date system).
  var uses1904 = false
  var strings = SharedStrings()
  var styles = CellStyles()

  /// Reads `xl/workbook.xml`, its relationships, the shared strings and the styles.
  init(_ archive: WorkbookArchive) throws {
    var targets: [String: (type: String, path: String)] = [:]
    let relsPart = "xl/_rels/workbook.xml.rels"
    if archive.has(relsPart) {
      targets = try archive.read(relsPart, held: true) { try WorkbookContents.relationships($0, base: "xl/") }
    }
    var listed: [(name: String, id: String, hidden: Bool)] = []
    try archive.read("xl/workbook.xml", held: true) { reader in
      let sheet = reader.intern("sheet")
      let workbookPr = reader.intern("workbookPr")
      let name = reader.intern("name")
      let id = reader.intern("id")
      let state = reader.intern("state")
      let date1904 = reader.intern("date1904")
      while try reader.read() {
        guard reader.kind == .element else { continue }
        if reader.localName == sheet {
          let n = reader.attribute(name) { String(decoding: $0, as: UTF8.self) } ?? "Sheet \(listed.count + 1)"
          let r = reader.attribute(id) { String(decoding: $0, as: UTF8.self) } ?? ""
          let s = reader.attribute(state) { String(decoding: $0, as: UTF8.self) } ?? "visible"
          listed.append((n, r, s != "visible"))
        } else if reader.localName == workbookPr {
          let v = reader.attribute(date1904) { String(decoding: $0, as: UTF8.self) } ?? "0"
          uses1904 = v == "1" || v == "true"
        }
      }
    }
    for s in listed {
      guard let target = targets[s.id] else {
        throw RunFailure(
          .dataError,
          "\(archive.name): sheet '\(s.name)' has no part (the workbook's relationships are damaged); save the workbook again from Excel"
        )
      }
      let isWorksheet = target.type.hasSuffix("/worksheet")
      sheets.append(Sheet(name: s.name, part: isWorksheet ? target.path : nil, hidden: s.hidden))
    }
    if let shared = targets.values.first(where: { $0.type.hasSuffix("/sharedStrings") })?.path, archive.has(shared) {
      strings = try archive.read(shared, held: true) { try SharedStrings($0) }
    }
    if let styles = targets.values.first(where: { $0.type.hasSuffix("/styles") })?.path, archive.has(styles) {
      self.styles = try archive.read(styles, held: true) { try CellStyles($0) }
    }
  }

  /// The relationships of a part: id to type and archive path (targets resolved against `base`).
  static func relationships(_ reader: XMLTextReader, base: String) throws -> [String: (type: String, path: String)] {
    let relationship = reader.intern("Relationship")
    let id = reader.intern("Id")
    let type = reader.intern("Type")
    let target = reader.intern("Target")
    let mode = reader.intern("TargetMode")
    var out: [String: (type: String, path: String)] = [:]
    while try reader.read() {
      guard reader.kind == .element, reader.localName == relationship else { continue }
      let external = reader.attribute(mode) { String(decoding: $0, as: UTF8.self) } == "External"
      guard !external, let i = reader.attribute(id, { String(decoding: $0, as: UTF8.self) }),
        let t = reader.attribute(target, { String(decoding: $0, as: UTF8.self) })
      else { continue }
      let kind = reader.attribute(type) { String(decoding: $0, as: UTF8.self) } ?? ""
      out[i] = (kind, resolve(t, against: base))
    }
    return out
  }

  /// A relationship target as an archive path: absolute targets (`/xl/…`) from the root, others
  /// from `base`, with `.` and `..` steps applied (a step above the root is dropped, so the path
  /// stays inside the archive).
  static func resolve(_ target: String, against base: String) -> String {
    let joined = target.hasPrefix("/") ? String(target.dropFirst()) : base + target
    var parts: [Substring] = []
    for p in joined.split(separator: "/") {
      if p == "." { continue }
      if p == ".." {
        if !parts.isEmpty { parts.removeLast() }
        continue
      }
      parts.append(p)
    }
    return parts.joined(separator: "/")
  }
}
