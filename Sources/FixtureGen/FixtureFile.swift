/// One generated file: where it goes, its bytes, and what was planted in it.
struct FixtureFile {
  /// Path relative to the output folder (`annex-a/contacts_2021-2024.csv`).
  let path: String
  let bytes: [UInt8]
  let encoding: TextEncoding
  let lineEnd: CSVDocument.LineEnd
  /// Data records, not counting the header (planted rows included).
  let records: Int
  /// Physical lines (header included).
  let lines: Int
}

/// A deliberately bad row, with where it is and what the pipeline should report.
struct PlantedRow {
  let file: String
  let line: Int
  let column: String
  let raw: String
  let expected: String
}

/// A row that deliberately appears in two files.
struct OverlapRow {
  let child: String
  let day: String
  let lineInEarlier: Int
  let lineInLater: Int
}

extension CSVDocument.LineEnd {
  var label: String {
    switch self {
    case .lf: return "LF"
    case .crlf: return "CRLF"
    case .cr: return "CR only"
    }
  }
}
