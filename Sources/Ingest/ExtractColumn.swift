import SafeguardCore

/// A column of a CSV extract: its canonical header, the aliases seen in real exports, whether a
/// file of that kind is unusable without it, and the value decoded from it (if any).
///
/// `Field` is the reader's own list of decoded values (`AnnexAField`, `MissingAndLADOField`).
struct ExtractColumn<Field: RawRepresentable & CaseIterable> where Field.RawValue == Int {
  let canonical: String
  let aliases: [String]
  let required: Bool
  let field: Field?

  /// Normalised keys this column answers to (worked out once: every header row is matched
  /// against every schema's columns).
  let keys: [String]

  init(_ canonical: String, aliases: [String] = [], required: Bool = false, field: Field? = nil) {
    self.canonical = canonical
    self.aliases = aliases
    self.required = required
    self.field = field
    keys = ([canonical] + aliases).map(HeaderMatching.key)
  }

  /// For each column, the position of the first header that matches it (nil when absent).
  ///
  /// Each header's key is looked up once, so a wide header row (a sheet 16,384 cells across)
  /// costs its width plus the columns' keys, not their product.
  static func positions(of columns: [ExtractColumn], in headers: [String]) -> [Int?] {
    var first: [String: Int] = [:]
    for (i, header) in headers.enumerated() where !header.isEmpty {
      let key = HeaderMatching.key(header)
      if first[key] == nil { first[key] = i }
    }
    return columns.map { col in col.keys.compactMap { first[$0] }.min() }
  }
}

extension ExtractColumn: Sendable where Field: Sendable {}

/// Where a file's columns are: worked out once from the header row, then used for every row.
struct ColumnLayout {
  /// The header row, trimmed.
  let headers: [String]
  /// For each field (by raw value), the position of its column in the file (-1 when absent).
  let fieldSlot: [Int]
  /// For each field, its column's canonical header, for findings.
  let fieldName: [String]
  /// Headers present that no column answers to, listed once.
  let ignored: [String]
  /// Which columns the parser should copy: only those a decoder reads.
  let keep: [Bool]

  /// Maps `headers` onto `columns`.
  ///
  /// - Throws: `RunFailure` (65) naming the file, the first required column missing and the
  ///   closest header present.
  init<Field>(headers: [String], columns: [ExtractColumn<Field>], kind: ExtractKind, file: String) throws {
    let positions = ExtractColumn.positions(of: columns, in: headers)
    for (i, col) in columns.enumerated() where col.required && positions[i] == nil {
      let near =
        HeaderMatching.closest(to: col.canonical, in: headers).map { "; the closest header present is '\($0)'" } ?? ""
      throw RunFailure(
        .dataError, "\(file): required column '\(col.canonical)' is missing from this \(kind.title) file\(near)")
    }
    let keys = headers.map(HeaderMatching.key)
    for (i, col) in columns.enumerated() where col.field != nil {
      guard let first = positions[i] else { continue }
      let wanted = Set(col.keys)
      if let again = keys.indices.first(where: { $0 > first && wanted.contains(keys[$0]) }) {
        throw RunFailure(
          .dataError,
          "\(file): the column '\(col.canonical)' is there twice (column \(first + 1) '\(headers[first])' and column "
            + "\(again + 1) '\(headers[again])'), so which one holds the values cannot be told; rename or remove one")
      }
    }
    self.headers = headers
    var fieldSlot = [Int](repeating: -1, count: Field.allCases.count)
    var fieldName = [String](repeating: "", count: Field.allCases.count)
    for (i, col) in columns.enumerated() {
      guard let field = col.field else { continue }
      fieldSlot[field.rawValue] = positions[i] ?? -1
      fieldName[field.rawValue] = col.canonical
    }
    self.fieldSlot = fieldSlot
    self.fieldName = fieldName
    let decoded = Set(fieldSlot.filter { $0 >= 0 })
    keep = headers.indices.map { decoded.contains($0) }
    let used = Set(positions.compactMap { $0 })
    ignored = headers.indices.filter { !used.contains($0) }.map { headers[$0] }
  }
}
