/// One cell of a generated workbook, as Excel would store it.
public enum WorkbookCell: Sendable, Equatable {
  /// Text in the shared string table (`t="s"`), as Excel writes it.
  case text(String)
  /// Text held in the cell itself (`t="inlineStr"`), as some exporters write it.
  case inlineText(String)
  /// A number as stored (`<v>7</v>`), general format.
  case number(String)
  /// A serial day number in a date style (`dd/mm/yyyy`); with a fraction, a date-time style.
  case date(serial: String)
  /// A boolean (`t="b"`).
  case boolean(Bool)
  /// A formula and its cached value: a number, or text (`t="str"`) when `text`.
  case formula(String, cached: String, text: Bool)
  /// An error value such as `#N/A` (`t="e"`).
  case error(String)
}

/// A sheet of a generated workbook: rows of cells by row number and column (from 0), so cells
/// and rows can be left out as Excel leaves empty ones out.
public struct WorkbookSheet: Sendable {
  public var name: String
  public var hidden: Bool
  /// Row number (from 1) and its cells, column (from 0) and value, in order.
  public var rows: [(row: Int, cells: [(column: Int, cell: WorkbookCell)])]
  /// Merged ranges in A1 form (`A1:K1`).
  public var merges: [String]

  public init(name: String, hidden: Bool = false, merges: [String] = []) {
    self.name = name
    self.hidden = hidden
    self.merges = merges
    rows = []
  }

  /// A sheet whose rows are `table`, from row `firstRow`, every cell present from column A
  /// (blank strings are left out, as Excel leaves empty cells out).
  public init(name: String, table: [[WorkbookCell?]], firstRow: Int = 1, hidden: Bool = false) {
    self.init(name: name, hidden: hidden)
    for (i, row) in table.enumerated() {
      append(row: firstRow + i, row.enumerated().compactMap { c in c.element.map { (c.offset, $0) } })
    }
  }

  public mutating func append(row: Int, _ cells: [(column: Int, cell: WorkbookCell)]) {
    rows.append((row, cells))
  }
}
