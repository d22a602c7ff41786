import Benchmark
import Report
import SafeguardCore

/// What `safeguard benchmark` asks for.
public struct BenchmarkRequest: Sendable {
  public var la: String
  public var year: String?
  public var indicator: String?
  public var snVersion: Int
  public var snAverage: String
  public var out: String?

  public init(la: String, year: String?, indicator: String?, snVersion: Int, snAverage: String, out: String?) {
    self.la = la
    self.year = year
    self.indicator = indicator
    self.snVersion = snVersion
    self.snAverage = snAverage
    self.out = out
  }
}

/// What `safeguard benchmark` found: the rows compared, for the command line to print.
public struct BenchmarkAnswer: Sendable {
  public let la: LACode
  public let rows: [BenchmarkRow]
  public let version: SNVersion
  public let average: Benchmark.SNAverage
}

/// The benchmark and neighbour commands: published figures only, no extracts. The terminal
/// tables are the executable's (`BenchmarkText`).
public enum BenchmarkCommandSupport {
  /// The LA with this code, or a usage error saying how to find the codes.
  public static func laCode(_ text: String) throws -> LACode {
    guard let code = LACode(text), ReferenceData.localAuthorities[code] != nil else {
      throw RunFailure(
        .usage,
        "'\(text)' is not a DfE LA number the reference data knows; run `safeguard neighbours --list` to see every LA code and name"
      )
    }
    return code
  }

  /// Runs the comparison and writes the two CSV files into `out` when asked.
  public static func run(_ r: BenchmarkRequest, log: RunLog) throws -> BenchmarkAnswer {
    let la = try laCode(r.la)
    guard let version = SNVersion(rawValue: r.snVersion) else {
      throw RunFailure(.usage, "--sn-version \(r.snVersion) is not a DfE model; expected 2025 or 2021")
    }
    guard let average = Benchmark.SNAverage(rawValue: r.snAverage) else {
      throw RunFailure(.usage, "--sn-average '\(r.snAverage)' is not mean or median")
    }
    var years: [Int]?
    if let y = r.year {
      guard let p = try? Period.parse(y), p.kind == .financialYear else {
        throw RunFailure(.usage, "--year '\(y)' is not a financial year; expected a label such as 2024-25")
      }
      years = [p.end.year]
    }
    let (rows, neighbours) = try Benchmarking.compare(
      la: la, years: years, indicatorIDs: r.indicator.map { [$0] }, version: version, average: average)
    if let out = r.out {
      let folder = try OutputFolder(final: out)
      let local = Dictionary(
        uniqueKeysWithValues: rows.map {
          (BenchmarkTables.key($0), LocalComparison(value: nil, note: "no extracts were read (safeguard benchmark)"))
        })
      let result = BenchmarkResult(rows: rows, neighbours: neighbours, local: local, version: version)
      let files = [OutputKind.benchmark, .benchmarkNeighbours].compactMap {
        RunReport.render($0, ReportInputs(benchmarkOnly: result))
      }
      for file in files { try folder.write(file.name, file.bytes) }
      try folder.commit()
      log.info("wrote \(out)/ (\(files.map(\.name).joined(separator: ", ")))")
    }
    return BenchmarkAnswer(la: la, rows: rows, version: version, average: average)
  }
}
