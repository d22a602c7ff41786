import Benchmark
import Report
import SafeguardCore

extension Runner {
  /// Compares the LA with its statistical neighbours, region and England for each indicator's
  /// latest published year, setting the run's own figures beside them; nil when no LA is set.
  func benchmark(_ settings: PipelineSettings, values: [IndicatorValue], asked: Period) throws -> BenchmarkResult? {
    guard let la = settings.la else {
      log.info("benchmark skipped: no LA set (the `la` setting or --la)")
      return nil
    }
    let version = SNVersion(rawValue: settings.snVersion) ?? .v2025
    let average: Benchmark.SNAverage = settings.snAverage == .median ? .median : .mean
    // The latest published year of any indicator, and the years before it that were asked for.
    let latest = ReferenceData.publishedIndicatorIDs.flatMap(ReferenceData.publishedYears).max() ?? 0
    let years = settings.comparatorYears > 1 ? Array((latest - settings.comparatorYears + 1)...latest) : nil
    let (rows, neighbours) = try Benchmarking.compare(
      la: la, years: years, indicatorIDs: nil, version: version, average: average)
    var local: [String: LocalComparison] = [:]
    let byIndicator = Dictionary(grouping: values, by: \.indicator.id)
    for r in rows {
      local[BenchmarkTables.key(r)] = BenchmarkTables.local(
        for: r, values: byIndicator[r.indicator.id] ?? [], asked: asked)
    }
    let name = ReferenceData.localAuthorities[la]?.name ?? la.value
    log.info(
      "benchmarked \(name) (\(la)) against its \(version.rawValue) statistical neighbours (\(average.rawValue)), "
        + "its region and England: \(rows.count) indicators")
    return BenchmarkResult(rows: rows, neighbours: neighbours, local: local, version: version)
  }
}
