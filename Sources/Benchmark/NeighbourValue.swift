import SafeguardCore

/// One row of `benchmark_neighbours.csv`: a statistical neighbour's published value for one indicator and year.
public struct NeighbourValue: Hashable, Sendable {
  /// The indicator's id.
  public let indicatorID: IndicatorID
  /// The EES `time_period` (2025 = 2024-25).
  public let year: Int
  /// The breakdown group (`duration=2y-plus`), empty for the indicator as a whole.
  public let breakdown: String
  /// The neighbour's rank in the SN list, 1 the closest.
  public let rank: Int
  /// The neighbour.
  public let la: LACode
  /// The neighbour's name (blank when the reference data has no name for the code).
  public let name: String
  /// The published value, token or number; nil when the neighbour has no row that year (it did
  /// not exist yet, or had been abolished by local government reorganisation).
  public let value: PublishedValue?

  /// A neighbour's value from its parts.
  public init(
    indicatorID: IndicatorID, year: Int, rank: Int, la: LACode, name: String, value: PublishedValue?,
    breakdown: String = ""
  ) {
    self.indicatorID = indicatorID
    self.year = year
    self.breakdown = breakdown
    self.rank = rank
    self.la = la
    self.name = name
    self.value = value
  }
}
