import SafeguardCore

/// `lado.csv`: the LADO measures for the period asked, one row per measure × breakdown value.
///
/// Columns of `specs/outputs.md` (indicator_id, indicator, breakdown, numerator, denominator,
/// value, unit), then `percent`: for a breakdown row its count ÷ denominator × 100 to 1 dp
/// (`c` when the row is suppressed, blank when the denominator is 0); blank for the other rows,
/// whose `value` is already the figure. Cells are written as in `indicators.csv`. Rows in catalogue
/// order, each indicator's breakdown values in the order given (the extract's list order).
public enum LADOTable {
  /// The CSV for the LADO values whose trend column is `period`, and its data rows.
  public static func csv(_ values: [IndicatorValue], period: Period) -> (bytes: [UInt8], rows: Int) {
    let shown = values.enumerated()
      .filter { $0.element.indicator.family == .lado && $0.element.column == period }
      .sorted {
        ($0.element.indicator.id.order, $0.offset)
          < ($1.element.indicator.id.order, $1.offset)
      }
      .map(\.element)
    let rows = shown.map { v -> [Cell] in
      [
        .text(v.indicator.id.rawValue), .text(v.indicator.name), .text(v.breakdown),
        Dashboards.numeratorCell(v),
        Dashboards.denominatorCell(v), Dashboards.valueCell(v), .text(v.indicator.unit.rawValue),
        percentCell(v),
      ]
    }
    let header = ["indicator_id", "indicator", "breakdown", "numerator", "denominator", "value", "unit", "percent"]
    return (CSVWriter.render(header: header, rows: rows), rows.count)
  }

  /// A breakdown row's share of its denominator.
  static func percentCell(_ v: IndicatorValue) -> Cell {
    guard !v.breakdown.isEmpty, let n = v.numerator, let d = v.denominator else { return .blank }
    if v.flags.contains(.suppressed) { return .suppressed }
    return .fraction(n, d, multiplier: 100, places: 1)
  }
}
