import SafeguardCore
import SafeguardKernels

/// One sheet's list once its header row is found: the file state the CSV reader would use for
/// the same headers, fed the sheet's rows.
struct SheetRecords {
  /// What a row tried as the header row says.
  enum Header {
    /// The row is the header of this list; data rows follow.
    case found
    /// The row is no list's header (a title row, say): try the next.
    case notHeader
    /// The row fits several kinds equally well: the sheet is reported, not guessed.
    case ambiguous(String)
  }

  private(set) var annexA: AnnexAFileState?
  private(set) var other: MissingAndLADOFileState?
  private(set) var layout: ColumnLayout?
  private(set) var headers: [String] = []

  var found: Bool { layout != nil }
  var width: Int { layout?.headers.count ?? 0 }
  var kind: ExtractKind? { annexA?.kind ?? other?.kind }

  /// The last row with text tried as the header, for a header split over two rows.
  private var previous: [String] = []

  /// Tries `record` as the header row.
  ///
  /// A header may be split over two rows, some cells merged down over both (`Child Unique ID`
  /// in A3:A4) and the rest named on the second row: when the second row is a list's header but
  /// lacks a required column, its blank cells take the text above them and it is tried again.
  /// - Throws: `RunFailure` (65) when the row is a list's header but lacks a required column.
  mutating func tryHeader(
    _ record: CSVRecord, name: String, children: ChildRegistry, fileIndex: UInt16
  ) throws -> Header {
    // Trailing blank header cells (formatted but empty) are not columns.
    var count = record.count
    while count > 0 && record.field(count - 1).isEmpty { count -= 1 }
    let row = (0..<count).map { record.string($0).trimmingSpaces() }
    defer { previous = row }
    // A title row (one cell, perhaps merged across the sheet) is never the header, even when
    // its text is a column's name.
    guard row.filter({ !$0.isEmpty }).count >= 2 else { return .notHeader }
    do {
      return try take(row, line: record.line, name: name, children: children, fileIndex: fileIndex)
    } catch let failure as RunFailure {
      guard previous.contains(where: { !$0.isEmpty }) else { throw failure }
      var filled = row
      for (i, above) in previous.enumerated() where !above.isEmpty {
        if i >= filled.count { filled.append(contentsOf: repeatElement("", count: i + 1 - filled.count)) }
        if filled[i].isEmpty { filled[i] = above }
      }
      guard let found = try? take(filled, line: record.line, name: name, children: children, fileIndex: fileIndex)
      else { throw failure }
      return found
    }
  }

  /// Takes `row` as the header when it is a list's.
  private mutating func take(
    _ row: [String], line: Int, name: String, children: ChildRegistry, fileIndex: UInt16
  ) throws -> Header {
    switch CSVExtractReader.recognise(row) {
    case .annexA(let schema):
      let l = try ColumnLayout(headers: row, columns: schema.columns, kind: schema.kind, file: name)
      annexA = AnnexAFileState(name: name, children: children, fileIndex: fileIndex, schema: schema, layout: l)
      layout = l
    case .missingAndLADO(let schema):
      let l = try ColumnLayout(headers: row, columns: schema.columns, kind: schema.kind, file: name)
      other = MissingAndLADOFileState(name: name, children: children, fileIndex: fileIndex, schema: schema, layout: l)
      layout = l
    case .unrecognised(let reason):
      if reason.hasPrefix("fits ") {
        return .ambiguous(reason + " (headers on row \(line): \(row.joined(separator: ", ")))")
      }
      return .notHeader
    }
    headers = row
    return .found
  }

  /// Decodes one data row.
  @inline(__always)
  mutating func accept(_ record: CSVRecord) {
    if annexA != nil {
      annexA!.accept(record)
    } else {
      other?.accept(record)
    }
  }

  /// Hands the records and findings to `set` and returns the sheet's summary.
  mutating func close(into set: inout ExtractSet, bytes: Int) -> ExtractFileSummary? {
    let ignored = (layout?.ignored ?? []).filter { !$0.isEmpty }
    if var state = annexA {
      annexA = nil
      set.findings.append(contentsOf: state.findings)
      let summary = state.summary(encoding: "xlsx", bytes: bytes, ignored: ignored)
      set.take(&state)
      return summary
    }
    if var state = other {
      other = nil
      set.findings.append(contentsOf: state.findings)
      let summary = state.summary(encoding: "xlsx", bytes: bytes, ignored: ignored)
      set.take(&state)
      return summary
    }
    return nil
  }

  /// The sheet column each finding field names: the columns' canonical names and the headers as
  /// written.
  func columns() -> [String: Int] {
    var out: [String: Int] = [:]
    for (i, h) in headers.enumerated() where !h.isEmpty && out[h] == nil { out[h] = i }
    if let layout {
      for (f, slot) in layout.fieldSlot.enumerated() where slot >= 0 { out[layout.fieldName[f]] = slot }
    }
    return out
  }
}
