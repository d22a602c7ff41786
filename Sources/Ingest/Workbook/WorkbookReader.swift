import SafeguardCore

/// Reads an Excel workbook (`.xlsx`, `.xlsm`) into records, one sheet at a time, each sheet as
/// the CSV reader reads a file.
///
/// Each worksheet, hidden ones too, is recognised from its first row whose headers are a known
/// list's (`CSVExtractReader.recognise`), searched among its first `headerSearchRows` rows with
/// text (title rows above the header are passed over); the sheet name is never the rule. The
/// rows below are decoded by the same file state as a CSV file's, so the findings are the same,
/// located `book.xlsx[Sheet]!F17`. A sheet that holds no known list is reported (ING040) and
/// skipped. Macros are never run: only the cells' stored values are read.
public struct WorkbookReader {
  public var limits = WorkbookLimits()
  /// How many rows with text may come before the header row.
  var headerSearchRows = 30

  public init() {}

  /// What reading one workbook gave: one outcome per sheet, in tab order.
  public struct Outcome {
    public var sheets: [FileOutcome] = []
    /// Sheets that are not worksheets (chart, dialog and macro sheets), by name.
    public var chartSheets: [String] = []
  }

  /// Reads the workbook at `path` (shown as `name`) into `set`.
  ///
  /// - Throws: `RunFailure` (65) for a workbook refused as a whole (see `WorkbookArchive`), a
  ///   damaged part, or a sheet that is a list's but lacks a required column.
  public func read(path: String, name: String, into set: inout ExtractSet) throws -> Outcome {
    let archive = try WorkbookArchive(path: path, name: name, limits: limits)
    let contents = try WorkbookContents(archive)
    var outcome = Outcome()
    for sheet in contents.sheets {
      let sheetName = "\(name)[\(sheet.name)]"
      guard let part = sheet.part else {
        outcome.chartSheets.append(sheet.name)
        continue
      }
      var records = SheetRecords()
      var stream = SheetStream(contents)
      var tried = 0
      var ambiguous: String?
      let fileIndex = UInt16(clamping: set.files.count)
      let children = set.children
      try archive.read(part, held: false) { reader in
        try stream.read(reader) { record in
          if records.found {
            records.accept(record)
            return .row
          }
          guard !record.isEmpty else { return .row }
          tried += 1
          switch try records.tryHeader(record, name: sheetName, children: children, fileIndex: fileIndex) {
          case .found: return .rowsUpTo(width: records.width)
          case .notHeader: return tried < headerSearchRows ? .row : .stop
          case .ambiguous(let why):
            ambiguous = why
            return .stop
          }
        }
      }
      let before = set.findings.count
      guard let summary = records.close(into: &set, bytes: 0) else {
        let reason =
          ambiguous
          ?? (tried == 0
            ? "the sheet is empty"
            : "no row among its first \(tried) with text has the headers of a known list")
        set.findings.append(
          Finding(
            WorkbookReader.sheetNotAList, source: "workbook", file: sheetName,
            message: "\(reason); the sheet was skipped"))
        outcome.sheets.append(.unrecognised(file: sheetName, reason: reason))
        continue
      }
      if let (row, column) = stream.beyond {
        var f = Finding(
          WorkbookReader.cellsNotRead, source: summary.kind.rawValue, file: sheetName, line: row,
          message:
            "\(stream.beyondCount) cells with a value right of the header row's last column (or repeating a column) were not read, the first at \(CellText.letters(column))\(row)"
        )
        f.cell = "\(CellText.letters(column))\(row)"
        set.findings.append(f)
      }
      let columns = records.columns()
      for i in before..<set.findings.count where set.findings[i].cell == nil {
        guard let line = set.findings[i].line else { continue }
        if let field = set.findings[i].field, let column = columns[field] {
          set.findings[i].cell = "\(CellText.letters(column))\(line)"
        } else {
          set.findings[i].cell = "\(line):\(line)"
        }
      }
      set.files.append(summary)
      outcome.sheets.append(.read(summary))
    }
    return outcome
  }

  /// True when the ZIP archive at `path` holds `xl/workbook.xml`: an Excel workbook, whatever
  /// its name.
  /// - Throws: `RunFailure` (65) when the archive's directory cannot be read (a workbook cut
  ///   short by a copy, say): what it holds cannot be told, so it is not passed over.
  public static func isWorkbook(path: String, name: String) throws -> Bool {
    do {
      return try ZipDirectory(path: path, maxEntries: WorkbookLimits().entries).entries.contains {
        $0.path == "xl/workbook.xml"
      }
    } catch let e as ZipDirectory.Unreadable {
      throw RunFailure(
        .dataError,
        "\(name) is a ZIP archive that cannot be read: \(e.reason); if it is a workbook, save it again from Excel")
    }
  }

  public static let sheetNotAList = Rule(
    "ING040", .warning, "Workbook sheets holding no list the pipeline knows were skipped")
  public static let cellsNotRead = Rule(
    "ING041", .query, "Workbook cells right of the header row's last column were not read")
}
