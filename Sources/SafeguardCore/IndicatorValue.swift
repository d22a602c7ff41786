/// A figure as computed, before formatting.
public enum Figure: Hashable, Sendable {
  /// A count.
  case count(Int)
  /// numerator × multiplier ÷ denominator (percent: 100, rate per 10,000: 10,000).
  case ratio(numerator: Int, denominator: Int, multiplier: Int)
  /// No honest value: see the row's flags.
  case none
}

/// Why a figure needs reading with care (the `flags` column).
public enum IndicatorFlag: String, Sendable, Comparable {
  case partialHistory = "partial_history"
  case suppressed
  case noData = "no_data"
  case provisional
  /// The records behind the figure had DfE validation errors in the period.
  case dataErrors = "data_errors"

  var rank: Int {
    switch self {
    case .partialHistory: return 0
    case .suppressed: return 1
    case .noData: return 2
    case .provisional: return 3
    case .dataErrors: return 4
    }
  }
  public static func < (a: IndicatorFlag, b: IndicatorFlag) -> Bool { a.rank < b.rank }
}

/// One indicator's value for one period (and breakdown value).
public struct IndicatorValue: Hashable, Sendable {
  public let indicator: IndicatorDefinition
  /// Breakdown value; empty for the whole.
  public let breakdown: String
  /// The period the figure measures (a rolling year for a rate asked for a quarter).
  public let period: Period
  /// The period column this figure belongs under in `trend.csv`.
  public let column: Period
  public let numerator: Int?
  public let denominator: Int?
  public var figure: Figure
  public var flags: Set<IndicatorFlag>
  /// A note for the log (which population estimate, why blank).
  public let note: String?

  public init(
    indicator: IndicatorDefinition, breakdown: String = "", period: Period, column: Period, numerator: Int?,
    denominator: Int?, figure: Figure, flags: Set<IndicatorFlag>, note: String? = nil
  ) {
    self.indicator = indicator
    self.breakdown = breakdown
    self.period = period
    self.column = column
    self.numerator = numerator
    self.denominator = denominator
    self.figure = figure
    self.flags = flags
    self.note = note
  }
}

extension IndicatorValue {
  /// The same row with its figure withdrawn: blank, no numerator or denominator, flagged `no_data`.
  public func withdrawn(_ note: String) -> IndicatorValue {
    IndicatorValue(
      indicator: indicator, breakdown: breakdown, period: period, column: column, numerator: nil, denominator: nil,
      figure: .none, flags: [.noData], note: note)
  }
}
