/// Renders dashboards as RFC 4180 CSV.
///
/// Comma-separated, CRLF after every row including the last, UTF-8 without a byte-order mark.
/// A field is quoted only when it contains a comma, double quote, CR or LF, or starts or ends
/// with a space or tab, with quotes doubled.
/// The output depends only on the cells, so two runs over the same values are byte-identical.
public enum CSVWriter {
  /// The file's bytes: the header row, then one line per row.
  ///
  /// A `.text` cell whose content begins with =, +, -, @, tab or CR gets a leading `'`
  /// (formula-injection guard, see `Cell.rendered`); numbers never do. Header names are written
  /// as given, quoted if needed. Rows are not padded or checked against the header's width.
  ///
  /// - Parameters:
  ///   - header: The column names, in order.
  ///   - rows: The rows, in the order they are written.
  /// - Returns: The file's bytes.
  public static func render(header: [String], rows: [[Cell]]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(64 * (rows.count + 1))
    appendRow(header, to: &out)
    for row in rows { appendRow(row.map(\.rendered), to: &out) }
    return out
  }

  /// Encodes one field (already rendered) with quoting as needed.
  ///
  /// - Returns: `s` unchanged, or wrapped in double quotes with inner quotes doubled when it
  ///   contains a comma, double quote, CR or LF.
  public static func field(_ s: String) -> String {
    needsQuotes(s) ? "\"" + s.replacing("\"", with: "\"\"") + "\"" : s
  }

  /// Also quotes a field that starts or ends with a space or tab, so readers that trim
  /// unquoted fields (libcsv, Excel) keep them.
  static func needsQuotes(_ s: String) -> Bool {
    let u = s.utf8
    if let f = u.first, f == 0x20 || f == 0x09 { return true }
    if let l = u.last, l == 0x20 || l == 0x09 { return true }
    return u.contains { $0 == comma || $0 == quote || $0 == 0x0D || $0 == 0x0A }
  }

  static func appendRow(_ fields: [String], to out: inout [UInt8]) {
    for (i, f) in fields.enumerated() {
      if i > 0 { out.append(comma) }
      if needsQuotes(f) {
        out.append(quote)
        for b in f.utf8 {
          if b == quote { out.append(quote) }
          out.append(b)
        }
        out.append(quote)
      } else {
        out.append(contentsOf: f.utf8)
      }
    }
    out.append(0x0D)
    out.append(0x0A)
  }

  static let comma = UInt8(ascii: ",")
  static let quote = UInt8(ascii: "\"")
}
