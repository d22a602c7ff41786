import Benchmark
import SafeguardCore

/// The local figure set beside a published comparator, and why that period was chosen.
public struct LocalComparison: Sendable {
  public let value: IndicatorValue?
  /// Says where the local and published periods differ, or why there is no local value.
  public let note: String

  public init(value: IndicatorValue?, note: String) {
    self.value = value
    self.note = note
  }
}

/// `benchmark.csv`, `benchmark_neighbours.csv` and the comparator columns of `trend.csv`.
///
/// Columns after those of `specs/outputs.md`: `sn_average` (mean or median, the one `versus_sn`
/// used), `sn_version`, `sn_left_out` (neighbours without a numeric value), `region_name`, `note`,
/// `breakdown` (`duration=2y-plus` for a breakdown group, whose values are shares in percent;
/// empty for an indicator as a whole). `benchmark_neighbours.csv` ends with `breakdown` too.
public enum BenchmarkTables {
  static let header = [
    "indicator_id", "indicator", "comparator_year", "la_code", "la_published", "sn_mean", "sn_median", "sn_count",
    "region", "england", "rank", "rank_of", "quartile_band", "local_value", "local_period", "versus_sn",
    "sn_average", "sn_version", "sn_left_out", "region_name", "note", "breakdown",
  ]

  /// The key of a row's local comparison: indicator, comparator year and breakdown group.
  public static func key(_ r: BenchmarkRow) -> String { "\(r.indicator.id)|\(r.year)|\(r.breakdown)" }

  static func published(_ v: PublishedValue?) -> Cell { v.map { .text($0.text) } ?? .blank }

  static func decimal(_ d: Double?) -> Cell { d.map { .decimal($0, places: 1) } ?? .blank }

  public static func benchmark(_ rows: [BenchmarkRow], local: [String: LocalComparison], version: SNVersion) -> [UInt8]
  {
    let cells = rows.map { r -> [Cell] in
      let l = local[key(r)]
      return [
        .text(r.indicator.id.rawValue), .text(r.indicator.name), .text(ReferenceData.yearLabel(r.year)),
        .text(r.la.value),
        published(r.laPublished), decimal(r.snMean), decimal(r.snMedian), .int(r.snCount), published(r.region),
        published(r.england), r.rank.map { .int($0) } ?? .blank, r.rankOf.map { .int($0) } ?? .blank,
        r.quartileBand.map { .text($0) } ?? .blank, l?.value.map(Dashboards.valueCell) ?? .blank,
        l?.value.map { .text($0.period.label) } ?? .blank, r.versusSN.map { .text($0) } ?? .blank,
        .text(r.average.rawValue), .int(version.rawValue), .int(r.snLeftOut), r.regionName.map { .text($0) } ?? .blank,
        l.map { .text($0.note) } ?? .blank, .text(r.breakdown),
      ]
    }
    return CSVWriter.render(header: header, rows: cells)
  }

  public static func neighbours(_ values: [NeighbourValue]) -> [UInt8] {
    let cells = values.map { n -> [Cell] in
      [
        .text(n.indicatorID.rawValue), .text(ReferenceData.yearLabel(n.year)), .int(n.rank), .text(n.la.value),
        .text(n.name), published(n.value), .text(n.breakdown),
      ]
    }
    return CSVWriter.render(
      header: ["indicator_id", "comparator_year", "sn_rank", "la_code", "la_name", "value", "breakdown"], rows: cells)
  }

  /// `sn_average`, `england`, `comparator_year` for each indicator's latest benchmark row.
  public static func trendComparators(_ rows: [BenchmarkRow]) -> [IndicatorID: [Cell]] {
    var latest: [IndicatorID: BenchmarkRow] = [:]
    for r in rows where r.breakdown.isEmpty && (latest[r.indicator.id]?.year ?? Int.min) < r.year {
      latest[r.indicator.id] = r
    }
    return latest.mapValues { r in
      [
        decimal(r.average == .median ? r.snMedian : r.snMean), published(r.england),
        .text(ReferenceData.yearLabel(r.year)),
      ]
    }
  }

  /// Chooses the local figure to set beside a comparator year: the same financial year when
  /// the run computed it, otherwise the rolling year ending with the period asked for (a
  /// quarter is compared through its rolling year), with a note saying the periods differ.
  ///
  /// A breakdown group is compared on its share: the local row of the same group (`duration=2y-plus`)
  /// is set beside the published share as numerator ÷ denominator × 100 (children in the group ÷
  /// all children counted), since one LA's count says nothing beside another's.
  public static func local(for row: BenchmarkRow, values: [IndicatorValue], asked: Period) -> LocalComparison {
    let fy = ReferenceData.yearLabel(row.year)
    let share = row.breakdown.isEmpty ? "" : "values are shares of the total in percent; "
    let mine = values.filter { $0.indicator.id == row.indicator.id && $0.breakdown == row.breakdown }.map {
      row.breakdown.isEmpty ? $0 : shareOf($0)
    }
    if mine.isEmpty { return LocalComparison(value: nil, note: share + "not computed from these extracts") }
    if let same = mine.first(where: { $0.period.label == fy && $0.figure != .none }) {
      return LocalComparison(value: same, note: String(share.dropLast(2)))
    }
    let year = asked.rollingYear
    if let rolling = mine.first(where: { $0.period == year && $0.figure != .none }) {
      return LocalComparison(
        value: rolling,
        note: share
          + "local value is for \(year.label) (\(year.start.iso) to \(year.end.iso)); published values are for \(fy)")
    }
    return LocalComparison(
      value: nil, note: share + "the extracts do not cover \(fy) or the twelve months to \(asked.end.iso)")
  }

  /// A breakdown row's figure as its share of the total (numerator ÷ denominator × 100); no figure
  /// when either part is missing.
  static func shareOf(_ v: IndicatorValue) -> IndicatorValue {
    var shown = v
    if case .none = v.figure { return v }
    guard let n = v.numerator, let d = v.denominator else {
      shown.figure = .none
      return shown
    }
    shown.figure = .ratio(numerator: n, denominator: d, multiplier: 100)
    return shown
  }
}
