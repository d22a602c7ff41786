/// A data table of the page: a caption, column headers with `scope="col"`, a row header with `scope="row"`.
///
/// Every figure that comes from a CSV carries `data-csv`, `data-row` (the data row, 0 being the
/// first after the header) and `data-col` (the header name), so a test can check each cell
/// against the file it came from; a share worked out from a row's numerator and denominator says
/// so with `data-share`. Blank cells read "no value" (a blank `flags` cell "none") and suppressed
/// ones `c`, never 0.
struct HTMLTable {
  /// One cell after the row header.
  enum Cell {
    /// A CSV cell, shown as its text.
    case csv(CSVTable, row: Int, column: String)
    /// The row's numerator ÷ denominator × 100, to 1 decimal place (a count group's share of the total).
    case share(CSVTable, row: Int)
    /// Words of the page's own, not a figure.
    case text(String)
  }

  private var html: String

  init(caption: String, columns: [String]) {
    html = "<table>\n<caption>\(PackText.escaped(caption))</caption>\n<thead><tr>"
    for c in columns { html += "<th scope=\"col\">\(PackText.escaped(c))</th>" }
    html += "</tr></thead>\n<tbody>\n"
  }

  var finished: String { html + "</tbody>\n</table>\n" }

  mutating func row(_ header: String, _ cells: [Cell], highlighted: Bool = false) {
    html += highlighted ? "<tr class=\"this-la\">" : "<tr>"
    html += "<th scope=\"row\">\(PackText.escaped(header))</th>"
    for cell in cells { html += Self.render(cell) }
    html += "</tr>\n"
  }

  static func render(_ cell: Cell) -> String {
    switch cell {
    case .text(let s): return "<td>\(PackText.escaped(s))</td>"
    case .csv(let table, let row, let column):
      let place = "data-csv=\"\(table.name)\" data-row=\"\(row)\" data-col=\"\(PackText.escaped(column))\""
      let text = table.cell(row, column)
      if column == "flags" && text.isEmpty { return "<td \(place)>none</td>" }
      return "<td \(place)\(figure(text))</td>"
    case .share(let table, let row):
      let place = "data-csv=\"\(table.name)\" data-row=\"\(row)\" data-share=\"numerator/denominator\""
      return "<td \(place)\(figure(share(table, row)))</td>"
    }
  }

  /// The attributes' end and the content of a figure's cell: `no value` for blank, `c` marked as
  /// suppressed, numbers right-aligned.
  static func figure(_ text: String) -> String {
    if text.isEmpty { return " class=\"none\">no value" }
    if text == "c" { return " class=\"n\"><abbr title=\"suppressed: a small number\">c</abbr>" }
    if PackText.number(text) != nil { return " class=\"n\">\(text)" }
    return ">\(PackText.escaped(text))"
  }

  /// A row's numerator ÷ denominator × 100 to 1 decimal place, half up; `c` when either is
  /// suppressed, blank when either is missing or the denominator is 0.
  static func share(_ table: CSVTable, _ row: Int) -> String {
    let n = table.cell(row, "numerator")
    let d = table.cell(row, "denominator")
    if n == "c" || d == "c" { return "c" }
    if let num = Int(n), let den = Int(d) {
      return Report.Cell.fraction(num, den, multiplier: 100, places: 1).rendered
    }
    guard let num = PackText.number(n), let den = PackText.number(d), den != 0 else { return "" }
    return oneDecimal(num * 100 / den)
  }

  /// `x` to 1 decimal place, half away from zero (as the CSVs write percentages).
  static func oneDecimal(_ x: Double) -> String {
    let tenths = Int((x * 10 + (x < 0 ? -1e-9 : 1e-9)).rounded(.toNearestOrAwayFromZero))
    let sign = tenths < 0 ? "-" : ""
    return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
  }
}
