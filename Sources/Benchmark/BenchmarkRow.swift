import SafeguardCore

/// Which average of the statistical neighbours' values `versus_sn` compares with.
///
/// `mean` is DfE's LAIT (`mean(na.rm = TRUE)`), `median` DfE's CSC outcomes dashboard. Both are
/// always computed and written; this says which one the comparison used, and is recorded in the output.
public enum SNAverage: String, Sendable, CaseIterable {
  case mean, median
}

/// One row of `benchmark.csv`: an LA's published value for one indicator and year beside its
/// statistical neighbours, its region and England, with its national rank and quartile band.
///
/// The LA's in-period figure from its own extracts is set beside this by the runner. Neighbours
/// with a suppression token (`c`, `x`, `z`, `u`, `k`, `-`) or with no row that year (an LA that did
/// not exist yet, or was abolished, such as Cumbria 909 from 2024) are left out of the mean and
/// median and counted in `snLeftOut`; they never count as zero.
public struct BenchmarkRow: Hashable, Sendable {
  /// The indicator, with its polarity.
  public let indicator: IndicatorDefinition
  /// The EES `time_period`: 2025 is the year ending 31 March 2025 (2024-25).
  public let year: Int
  /// `dimension=value` for a breakdown group (`duration=2y-plus`), empty for the indicator as a
  /// whole. A group's values are shares in percent (see `ReferenceData.published(_:breakdown:year:)`).
  public let breakdown: String
  /// The LA compared.
  public let la: LACode
  /// The LA's own published value, token or number; nil when it has no row that year.
  public let laPublished: PublishedValue?
  /// Mean of the neighbours' numeric values; nil when none has one.
  public let snMean: Double?
  /// Median of the neighbours' numeric values; nil when none has one.
  public let snMedian: Double?
  /// Neighbours with a numeric value (those in the mean and median).
  public let snCount: Int
  /// Neighbours left out: a token, or no row that year.
  public let snLeftOut: Int
  /// The published value for the LA's DfE benchmarking region (Inner or Outer London for London LAs).
  public let region: PublishedValue?
  /// That region's ONS code (`E12…`, or `E13000001` / `E13000002` for Inner / Outer London).
  public let regionCode: String?
  /// That region's name.
  public let regionName: String?
  /// The published value for England.
  public let england: PublishedValue?
  /// National rank among all English LAs with a numeric value that year; nil for polarity `none`
  /// or when the LA has no numeric value.
  public let rank: Int?
  /// The number of LAs ranked; nil whenever `rank` is.
  public let rankOf: Int?
  /// Quartile band "A" (best) to "D"; nil for polarity `none`, no numeric LA value, or fewer than 4 LA values.
  public let quartileBand: String?
  /// The LA's published value against the SN average chosen: "better", "worse" or "similar";
  /// nil for polarity `none`, no numeric LA value, or no neighbour value.
  public let versusSN: String?
  /// Which average `versusSN` used.
  public let average: SNAverage

  /// A row from its parts (the comparison itself is `Benchmarking.compare`).
  public init(
    indicator: IndicatorDefinition, year: Int, la: LACode, laPublished: PublishedValue?, snMean: Double?,
    snMedian: Double?, snCount: Int, snLeftOut: Int, region: PublishedValue?, regionCode: String?,
    regionName: String?, england: PublishedValue?, rank: Int?, rankOf: Int?, quartileBand: String?,
    versusSN: String?, average: SNAverage, breakdown: String = ""
  ) {
    self.indicator = indicator
    self.year = year
    self.breakdown = breakdown
    self.la = la
    self.laPublished = laPublished
    self.snMean = snMean
    self.snMedian = snMedian
    self.snCount = snCount
    self.snLeftOut = snLeftOut
    self.region = region
    self.regionCode = regionCode
    self.regionName = regionName
    self.england = england
    self.rank = rank
    self.rankOf = rankOf
    self.quartileBand = quartileBand
    self.versusSN = versusSN
    self.average = average
  }
}
