import SafeguardCore

/// Comparison of an LA's published figures with its statistical neighbours, its region and England.
///
/// The method is DfE's own, from its Local Authority Interactive Tool (LAIT), so an analyst can
/// check any cell against it: national rank with ties given the lowest rank, quartile bands from
/// R's default `quantile()`, and the mean (LAIT) or median (DfE's CSC outcomes dashboard) of the
/// neighbours that have a numeric value. This file holds the arithmetic over plain numbers;
/// `Benchmarking+Compare.swift` is the thin layer that reads `ReferenceData`.
public enum Benchmarking {
  /// The rank of `value` among every English LA's value that year.
  ///
  /// `low` polarity ranks ascending (the smallest value is 1), `high` descending (the largest is
  /// 1). Ties share the lowest rank, as R's `rank(ties.method = "min")` in LAIT: values
  /// 10, 20, 20, 30 rank 1, 2, 2, 4 for `low`. `rank_of` is the number of values ranked; pass
  /// LA values only (never regions or England), including the LA's own.
  ///
  /// - Parameters:
  ///   - value: the LA's own value.
  ///   - values: every English LA's numeric value that year, the LA's own among them.
  ///   - polarity: which direction is better.
  /// - Returns: the rank and the number of LAs ranked; nil for polarity `none`, or when `values` is empty.
  public static func rank(of value: Double, among values: [Double], polarity: Polarity) -> (rank: Int, of: Int)? {
    guard !values.isEmpty else { return nil }
    switch polarity {
    case .none: return nil
    case .low: return (1 + values.count(where: { $0 < value }), values.count)
    case .high: return (1 + values.count(where: { $0 > value }), values.count)
    }
  }

  /// The `p` quantile of `sorted` by linear interpolation between order statistics.
  ///
  /// This is Hyndman and Fan's type 7, the default of R's `quantile()` (which LAIT calls) and of
  /// numpy's `quantile`: with h = (n − 1)·p, lo = ⌊h⌋, the result is x[lo] when h is whole or
  /// x[lo] equals x[lo + 1], and otherwise (1 − f)·x[lo] + f·x[lo + 1] with f = h − lo, written in
  /// R's own order of operations so a boundary matches LAIT's to the last bit.
  /// Examples: [1, 2, 3, 4] gives Q25 = 1.75, Q50 = 2.5, Q75 = 3.25.
  ///
  /// - Parameters:
  ///   - sorted: values in ascending order; must not be empty.
  ///   - p: the probability, clamped to 0...1.
  /// - Returns: the quantile.
  public static func quantile(_ sorted: [Double], _ p: Double) -> Double {
    precondition(!sorted.isEmpty, "quantile of no values")
    let h = Double(sorted.count - 1) * min(max(p, 0), 1)
    let lo = Int(h.rounded(.down))
    let hi = Int(h.rounded(.up))
    let f = h - Double(lo)
    guard f > 0, sorted[hi] != sorted[lo] else { return sorted[lo] }
    return (1 - f) * sorted[lo] + f * sorted[hi]
  }

  /// The quartile band A–D of `value` among every English LA's value that year, A the best quartile.
  ///
  /// Boundaries are the type-7 quantiles Q25, Q50 and Q75 of `values` (see `quantile(_:_:)`).
  /// `low` polarity: value ≤ Q25 → A, ≤ Q50 → B, ≤ Q75 → C, otherwise D. `high` polarity:
  /// value ≤ Q25 → D, ≤ Q50 → C, ≤ Q75 → B, otherwise A. A value exactly on a boundary falls in
  /// the lower quartile (best for `low`, worst for `high`), as in LAIT.
  ///
  /// With fewer than 4 LA values there is no band: the quartiles would be interpolated between
  /// one to three points and the band would say nothing about the LA's place in England (a
  /// national year has about 150 values, so this only arises with damaged or partial inputs).
  ///
  /// - Parameters:
  ///   - value: the LA's own value.
  ///   - values: every English LA's numeric value that year, in any order (LA rows only).
  ///   - polarity: which direction is better.
  /// - Returns: "A", "B", "C" or "D"; nil for polarity `none` or fewer than 4 values.
  public static func quartileBand(of value: Double, among values: [Double], polarity: Polarity) -> String? {
    guard polarity != .none, values.count >= 4 else { return nil }
    let sorted = values.sorted()
    let quartile: Int  // 0 = at or below Q25 … 3 = above Q75
    if value <= quantile(sorted, 0.25) {
      quartile = 0
    } else if value <= quantile(sorted, 0.5) {
      quartile = 1
    } else if value <= quantile(sorted, 0.75) {
      quartile = 2
    } else {
      quartile = 3
    }
    let bands = polarity == .low ? ["A", "B", "C", "D"] : ["D", "C", "B", "A"]
    return bands[quartile]
  }

  /// The arithmetic mean, as LAIT's SN average (`mean(na.rm = TRUE)`); nil for no values.
  ///
  /// - Parameter v: the neighbours' numeric values (suppressed and missing ones already left out).
  /// - Returns: the mean, or nil when `v` is empty.
  public static func mean(_ v: [Double]) -> Double? {
    v.isEmpty ? nil : v.reduce(0, +) / Double(v.count)
  }

  /// The median, as the CSC outcomes dashboard's SN average; nil for no values.
  ///
  /// An even count gives the mean of the two middle values (R's `median()`).
  ///
  /// - Parameter v: the neighbours' numeric values, in any order.
  /// - Returns: the median, or nil when `v` is empty.
  public static func median(_ v: [Double]) -> Double? {
    guard !v.isEmpty else { return nil }
    let s = v.sorted()
    let m = s.count / 2
    return s.count % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2
  }

  /// Whether `value` is better than, worse than or similar to the neighbours' average, by polarity.
  ///
  /// Similar when |value − average| ≤ the standard error of the neighbours' mean, s ÷ √n with s
  /// the sample standard deviation (n − 1 divisor), which needs n ≥ 2; with a single neighbour
  /// value the standard error is not defined and similar means within 5% of the average
  /// (|value − average| ≤ 0.05 × |average|). The same standard error is used whether the average
  /// is the mean or the median. Otherwise `low` polarity is better below the average and `high`
  /// above it.
  ///
  /// - Parameters:
  ///   - value: the LA's value.
  ///   - neighbours: the neighbours' numeric values (suppressed and missing ones left out).
  ///   - average: the SN average chosen (mean or median of `neighbours`).
  ///   - polarity: which direction is better.
  /// - Returns: "better", "worse" or "similar"; nil for polarity `none` or no neighbour values.
  public static func versus(value: Double, neighbours: [Double], average: Double, polarity: Polarity) -> String? {
    guard polarity != .none, !neighbours.isEmpty else { return nil }
    let n = Double(neighbours.count)
    let tolerance: Double
    if neighbours.count >= 2 {
      let m = neighbours.reduce(0, +) / n
      let variance = neighbours.reduce(0) { $0 + ($1 - m) * ($1 - m) } / (n - 1)
      tolerance = variance.squareRoot() / n.squareRoot()
    } else {
      tolerance = 0.05 * abs(average)
    }
    if abs(value - average) <= tolerance { return "similar" }
    let below = value < average
    return (polarity == .low) == below ? "better" : "worse"
  }
}
