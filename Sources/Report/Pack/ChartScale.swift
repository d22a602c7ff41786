import Foundation

/// A value axis: its range, its ticks, and whether it starts at zero.
///
/// Bars always start at zero (a bar's length is its value). A line's axis starts at zero too,
/// unless every value is positive and they vary by less than a quarter of the largest: then a
/// zero-based axis flattens the change the line is there to show, so the axis starts at the tick
/// below the smallest value and the chart says so in words.
struct ChartScale {
  let low: Double
  let high: Double
  let ticks: [Double]

  var startsAtZero: Bool { low == 0 }

  /// - Parameters:
  ///   - values: every value drawn (reference lines included); need not be sorted.
  ///   - allowsNonZeroStart: false for bars.
  init(_ values: [Double], allowsNonZeroStart: Bool) {
    var lo = min(0, values.min() ?? 0)
    var hi = max(0, values.max() ?? 1)
    if allowsNonZeroStart, let small = values.min(), let large = values.max(), small > 0,
      large - small < large / 4, large - small >= large / 50
    {
      lo = small
      hi = large
    }
    if hi == lo { hi = lo + (lo == 0 ? 1 : abs(lo) / 10) }
    let step = ChartScale.step(hi - lo)
    var low = (lo / step).rounded(.down) * step
    if low > 0 && lo == low { low -= step }
    let high = (hi / step).rounded(.up) * step
    self.low = low
    self.high = high == hi && hi > 0 && low > 0 ? high + step : high
    var ticks: [Double] = []
    var t = low
    while t <= self.high + step / 2 {
      ticks.append((t / step).rounded() * step)
      t += step
    }
    self.ticks = ticks
  }

  /// A round step giving four or five intervals over `span`: 1, 2, 2.5 or 5 times a power of ten.
  static func step(_ span: Double) -> Double {
    let raw = span / 4
    let magnitude = pow(10, (log10(raw)).rounded(.down))
    for m in [1, 2, 2.5, 5, 10] where m * magnitude >= raw { return m * magnitude }
    return 10 * magnitude
  }

  /// The position of `v` between `from` (at `low`) and `to` (at `high`).
  func position(_ v: Double, from: Double, to: Double) -> Double {
    from + (v - low) / (high - low) * (to - from)
  }
}
