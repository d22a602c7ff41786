/// A table for the terminal: columns as wide as their widest cell, numbers right-aligned.
struct TextTable {
  var header: [String]
  /// Columns aligned right (numbers).
  var right: Set<Int> = []
  var rows: [[String]] = []

  var text: String {
    var widths = header.map(\.count)
    for r in rows { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], c.count) } }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { i, c in
        let fill = String(repeating: " ", count: widths[i] - c.count)
        return right.contains(i) ? fill + c : (i == cells.count - 1 ? c : c + fill)
      }.joined(separator: "  ")
    }
    return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
  }
}
