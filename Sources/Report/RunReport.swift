import Benchmark
import SafeguardCore
import SafeguardKernels

/// The benchmark stage's result, before rendering: the rows, the neighbours' values and the
/// run's own figure chosen for each row (`BenchmarkTables.key`).
public struct BenchmarkResult {
  public let rows: [BenchmarkRow]
  public let neighbours: [NeighbourValue]
  public let local: [String: LocalComparison]
  public let version: SNVersion

  public init(rows: [BenchmarkRow], neighbours: [NeighbourValue], local: [String: LocalComparison], version: SNVersion)
  {
    self.rows = rows
    self.neighbours = neighbours
    self.local = local
    self.version = version
  }
}

/// Everything a run's dashboards are rendered from.
public struct ReportInputs {
  /// The indicator values of the output periods, in catalogue order.
  public var values: [IndicatorValue]
  /// The `trend.csv` columns.
  public var columns: [Period]
  /// Trend cells from earlier runs, for periods the extracts no longer cover.
  public var earlier = EarlierTrend()
  /// The period asked for.
  public var period: Period
  public var publish: Bool
  /// The findings, in `Dashboards.ordered` order.
  public var findings: [Finding]
  public var reconciliation: ReconciliationResult?
  /// Nil when no LA is set.
  public var benchmark: BenchmarkResult?
  /// Child IDs and file names, for the personal exception file.
  public var children: ChildRegistry
  public var files: [String]
  /// Whether the pipeline asked for the LADO family (`lado.csv` is written only then).
  public var lado: Bool
  /// Whether each CSV file starts with a UTF-8 byte order mark (`csv_bom`, default true).
  public var csvBOM: Bool

  public init(
    values: [IndicatorValue], columns: [Period], period: Period, publish: Bool, findings: [Finding],
    reconciliation: ReconciliationResult?, benchmark: BenchmarkResult?, children: ChildRegistry, files: [String],
    lado: Bool, csvBOM: Bool = true
  ) {
    self.values = values
    self.columns = columns
    self.period = period
    self.publish = publish
    self.findings = findings
    self.reconciliation = reconciliation
    self.benchmark = benchmark
    self.children = children
    self.files = files
    self.lado = lado
    self.csvBOM = csvBOM
  }
}

extension ReportInputs {
  /// Inputs for the benchmark files alone (`safeguard benchmark --out`): no extracts were read.
  public init(benchmarkOnly result: BenchmarkResult) {
    let year = Period.financialYear(2024)
    self.init(
      values: [], columns: [], period: year, publish: false, findings: [], reconciliation: nil, benchmark: result,
      children: ChildRegistry(), files: [], lado: false)
  }
}

/// The one place an output kind becomes a file: its name, its bytes and its row count.
///
/// Adding a dashboard is a case of `OutputKind` and a line here, with its renderer beside the others.
public enum RunReport {
  /// The file for `kind`, or nil when the run has nothing for it (no LA set for the benchmark
  /// files, no missing extracts for the reconciliation, no LADO family for `lado.csv`). A CSV
  /// file starts with a byte order mark when `r.csvBOM`. The manifest is written last, by
  /// `manifest(inputs:outputs:)`, and the page after the CSVs, by `pack(from:)`.
  public static func render(_ kind: OutputKind, _ r: ReportInputs) -> OutputFile? {
    csv(kind, r)?.withByteOrderMark(r.csvBOM)
  }

  static func csv(_ kind: OutputKind, _ r: ReportInputs) -> OutputFile? {
    switch kind {
    case .indicators:
      return OutputFile("indicators.csv", Dashboards.indicators(r.values), rows: r.values.count)
    case .trend:
      let comparators = r.benchmark.map { BenchmarkTables.trendComparators($0.rows) } ?? [:]
      let lines = Set((r.values + r.earlier.values).map { $0.indicator.id.rawValue + "/" + $0.breakdown }).count
      let bytes = Dashboards.trend(r.values, columns: r.columns, comparators: comparators, earlier: r.earlier)
      return OutputFile("trend.csv", bytes, rows: lines)
    case .activitySummary:
      let summary = ActivitySummary.csv(
        r.values, period: r.period, reconciliation: r.reconciliation?.summary, publish: r.publish)
      return OutputFile("activity_summary.csv", summary.bytes, rows: summary.rows)
    case .benchmark:
      return r.benchmark.map {
        OutputFile(
          "benchmark.csv", BenchmarkTables.benchmark($0.rows, local: $0.local, version: $0.version), rows: $0.rows.count
        )
      }
    case .benchmarkNeighbours:
      return r.benchmark.map {
        OutputFile("benchmark_neighbours.csv", BenchmarkTables.neighbours($0.neighbours), rows: $0.neighbours.count)
      }
    case .dataQuality: return dataQuality(r.findings)
    case .dataQualityDetail: return dataQualityDetail(r.findings)
    case .missingReconciliation:
      return r.reconciliation.map {
        OutputFile(
          "missing_reconciliation.csv", ReconciliationTables.missingReconciliation($0, suppress: r.publish),
          rows: 1 + $0.months.count)
      }
    case .missingExceptions:
      return r.reconciliation.map {
        OutputFile(
          "missing_exceptions.PERSONAL.csv",
          ReconciliationTables.missingExceptions($0.exceptions, children: r.children, files: r.files),
          rows: $0.exceptions.count)
      }
    case .lado:
      guard r.lado else { return nil }
      let table = LADOTable.csv(r.values, period: r.period)
      return OutputFile("lado.csv", table.bytes, rows: table.rows)
    case .manifest, .pack:
      return nil
    }
  }

  /// `pack.html` from the CSV files a run has rendered (or a finished run's folder holds): the
  /// ones named in `PackPage.sources`, whatever else `files` holds.
  ///
  /// - Throws: `RunFailure` when `trend.csv` or `indicators.csv` is missing or a CSV cannot be read.
  public static func pack(from files: [OutputFile]) throws -> OutputFile {
    var byName: [String: [UInt8]] = [:]
    for f in files where PackPage.sources.contains(f.name) { byName[f.name] = f.bytes }
    return OutputFile(PackPage.fileName, try PackPage.render(byName), rows: nil)
  }

  /// `data_quality.csv` from findings in `Dashboards.ordered` order (also `safeguard validate --out`).
  public static func dataQuality(_ findings: [Finding], bom: Bool = true) -> OutputFile {
    OutputFile("data_quality.csv", Dashboards.dataQuality(findings), rows: Dashboards.dataQualityRows(findings))
      .withByteOrderMark(bom)
  }

  /// `data_quality_detail.PERSONAL.csv`, one row per issue and place.
  public static func dataQualityDetail(_ findings: [Finding], bom: Bool = true) -> OutputFile {
    OutputFile("data_quality_detail.PERSONAL.csv", Dashboards.dataQualityDetail(findings), rows: findings.count)
      .withByteOrderMark(bom)
  }

  /// `manifest.csv`: the inputs as read, then every output file with its rows and the SHA-256 of
  /// the bytes written (a byte order mark included).
  public static func manifest(inputs: [ManifestEntry], outputs: [OutputFile], bom: Bool = true) -> OutputFile {
    let entries =
      inputs + outputs.map { ManifestEntry(role: "output", path: $0.name, rows: $0.rows, sha256: SHA256.hex($0.bytes)) }
    return OutputFile("manifest.csv", Dashboards.manifest(entries), rows: entries.count).withByteOrderMark(bom)
  }
}
