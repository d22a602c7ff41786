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

/// The benchmark and neighbour commands: published figures only, no extracts.
public enum BenchmarkCommandSupport {
  static func laCode(_ text: String) throws -> LACode {
    guard let code = LACode(text), ReferenceData.localAuthorities[code] != nil else {
      throw RunFailure(
        .usage,
        "'\(text)' is not a DfE LA number the reference data knows; run `safeguard neighbours --list` to see every LA code and name"
      )
    }
    return code
  }

  /// Runs the comparison, writes the two CSV files into `out` when asked, and returns a table for a terminal.
  public static func run(_ r: BenchmarkRequest, log: RunLog) throws -> String {
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
      try folder.write("benchmark.csv", BenchmarkTables.benchmark(rows, local: local, version: version))
      try folder.write("benchmark_neighbours.csv", BenchmarkTables.neighbours(neighbours))
      try folder.commit()
      log.info("wrote \(out)/ (benchmark.csv, benchmark_neighbours.csv)")
    }
    return table(rows, la: la, version: version, average: average)
  }

  static func pad(_ s: String, _ n: Int, right: Bool = false) -> String {
    let t = s.count > n ? String(s.prefix(n - 1)) + "…" : s
    let fill = String(repeating: " ", count: max(0, n - t.count))
    return right ? fill + t : t + fill
  }

  static func number(_ d: Double?) -> String {
    guard let d else { return "" }
    return Cell.decimal(d, places: 1).rendered
  }

  static func table(_ rows: [BenchmarkRow], la: LACode, version: SNVersion, average: Benchmark.SNAverage) -> String {
    let name = ReferenceData.localAuthorities[la]?.name ?? la.value
    let region = rows.first?.regionName ?? ReferenceData.localAuthorities[la]?.regionName ?? ""
    var s = "\(name) (\(la)) against its \(version.rawValue) statistical neighbours (\(average.rawValue)), "
    s += "\(region) and England\n\n"
    s += pad("indicator", 46) + "  " + pad("year", 9) + pad("LA", 9, right: true) + pad("SN", 9, right: true)
    s += pad("(n)", 5, right: true) + pad("region", 9, right: true) + pad("England", 9, right: true)
    s += pad("rank", 10, right: true) + pad("band", 6, right: true) + "  vs SN\n"
    for r in rows {
      let sn = average == .median ? r.snMedian : r.snMean
      let rank = r.rank.map { "\($0)/\(r.rankOf ?? 0)" } ?? ""
      let label = r.breakdown.isEmpty ? r.indicator.name : "  \(r.breakdown) (% of total)"
      s += pad(label, 46) + "  " + pad(ReferenceData.yearLabel(r.year), 9)
      s += pad(r.laPublished?.text ?? "", 9, right: true) + pad(number(sn), 9, right: true)
      s += pad("\(r.snCount)", 5, right: true) + pad(r.region?.text ?? "", 9, right: true)
      s += pad(r.england?.text ?? "", 9, right: true) + pad(rank, 10, right: true)
      s += pad(r.quartileBand ?? "", 6, right: true) + "  " + (r.versusSN ?? "") + "\n"
    }
    return s
  }

  /// Both versions of an LA's neighbours, with names and closeness.
  public static func neighbours(of text: String) throws -> String {
    let la = try laCode(text)
    let me = ReferenceData.localAuthorities[la]!
    var s = "\(me.name) (\(la)), \(me.regionName)\n"
    for version in SNVersion.allCases.reversed() {
      s += "\nstatistical neighbours, DfE \(version == .v2025 ? "May 2025" : "April 2021") model:\n"
      guard let list = ReferenceData.neighbours(of: la, version: version) else {
        s += "  none: \(la) has no list in this version\n"
        continue
      }
      for n in list {
        let name = ReferenceData.localAuthorities[n.la]?.name ?? n.la.value
        s += "  " + pad("\(n.rank)", 3, right: true) + "  \(n.la)  " + pad(name, 36) + n.closeness + "\n"
      }
    }
    return s
  }

  /// Every LA code the reference data knows, with its name and region.
  public static func allLocalAuthorities() -> String {
    ReferenceData.localAuthorities.values.sorted { $0.code < $1.code }.map {
      "\($0.code)  " + pad($0.name, 36) + $0.regionName
    }.joined(separator: "\n") + "\n"
  }
}
