import SafeguardCore

/// A dashboard a pipeline can write (`outputs:`); see `specs/outputs.md` for each file's columns.
public enum OutputKind: String, Sendable, CaseIterable {
  /// `indicators.csv`: one row per indicator, breakdown value and period.
  case indicators
  /// `trend.csv`: one row per indicator and breakdown value, one column per period.
  case trend
  /// `activity_summary.csv`: headline figures for the period, each with a sentence.
  case activitySummary = "activity_summary"
  /// `data_quality.csv`: one row per validation rule.
  case dataQuality = "data_quality"
  /// `data_quality_detail.PERSONAL.csv`: one row per validation issue (never written when publishing).
  case dataQualityDetail = "data_quality_detail"
  /// `benchmark.csv`: each indicator with a published comparator beside its neighbours, region and England.
  case benchmark
  /// `benchmark_neighbours.csv`: each neighbour's published value for each benchmarked indicator.
  case benchmarkNeighbours = "benchmark_neighbours"
  /// `missing_reconciliation.csv`: police and social care missing counts reconciled, for the period and each month.
  case missingReconciliation = "missing_reconciliation"
  /// `missing_exceptions.PERSONAL.csv`: every unmatched missing record (never written when publishing).
  case missingExceptions = "missing_exceptions"
  /// `lado.csv`: the LADO measures with their breakdowns.
  case lado
  /// `pack.html`: the quarterly pack as one self-contained page, built from the CSV dashboards above.
  case pack
  /// `manifest.csv`: every input and output file with its rows and SHA-256.
  case manifest
}

/// One file of a run's output folder, as its renderer made it.
public struct OutputFile: Sendable {
  /// The file's name in the folder (`indicators.csv`).
  public let name: String
  public let bytes: [UInt8]
  /// Data rows, header excluded, for the manifest; nil for a file that is not a table (`pack.html`).
  public let rows: Int?

  public init(_ name: String, _ bytes: [UInt8], rows: Int?) {
    self.name = name
    self.bytes = bytes
    self.rows = rows
  }

  /// The UTF-8 byte order mark every CSV output starts with unless `csv_bom: false`.
  ///
  /// Excel on Windows reads a CSV file without one in the system's code page, so `Renée` shows
  /// as `RenÃ©e`; with it, Excel, R, pandas and DuckDB all read UTF-8.
  public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// This file with the byte order mark in front when `bom` is true and the file is a CSV.
  public func withByteOrderMark(_ bom: Bool) -> OutputFile {
    guard bom, name.hasSuffix(".csv"), !bytes.starts(with: Self.byteOrderMark) else { return self }
    return OutputFile(name, Self.byteOrderMark + bytes, rows: rows)
  }
}
