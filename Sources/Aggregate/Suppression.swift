import SafeguardCore

/// Small-number suppression for outputs that leave the LA (DfE convention).
///
/// Counts of 1 to 5 become `c`, and so do percentages and rates whose numerator or denominator
/// is 1 to 5; the row is flagged `suppressed` and its numerator and denominator are withheld by
/// the writer. Zero is not suppressed. Populations (rate denominators) are never small. A median
/// or mean is suppressed when it summarises 1 to 5 records. Two figures rest on other counts than
/// their parts: a per-month mean on its numerator (children; the denominator is months), and
/// `lado_referrals_change` on the referrals of both years, so it is suppressed when either
/// year's count is small and then withholds its numerator and denominator whatever their size
/// (the change and one year's count would give the other).
///
/// Breakdown rows are suppressed as above (a group of 1 to 5; a percentage whose group numerator or
/// denominator is 1 to 5), and then so that no suppressed group can be worked out by subtraction
/// from the total: see `secondary`.
public enum Suppression {
  public static func isSmall(_ n: Int?) -> Bool { n.map { (1...5).contains($0) } ?? false }

  /// `values` with the small ones, and the breakdown groups that would give them away, flagged
  /// `suppressed`; nothing else changes, and the order is kept.
  public static func apply(_ values: [IndicatorValue]) -> [IndicatorValue] {
    secondary(values.map(primary))
  }

  /// The row flagged `suppressed` when its own numbers are small.
  static func primary(_ v: IndicatorValue) -> IndicatorValue {
    var v = v
    let small: Bool
    switch (v.figure, v.indicator.unit) {
    case (.none, _): small = false
    case (.ratio(let change, let previous, _), _) where v.indicator.id == .ladoReferralsChange:
      small = isSmall(previous) || isSmall(previous + change)
      if small {
        return IndicatorValue(
          indicator: v.indicator, breakdown: v.breakdown, period: v.period, column: v.column, numerator: nil,
          denominator: nil, figure: v.figure, flags: v.flags.union([.suppressed]), note: v.note)
      }
    case (_, .mean) where v.indicator.id == .policeMissingChildrenMonthly: small = isSmall(v.numerator)
    // A median or mean is held as a ratio to keep halves exact; what counts is how many
    // records it summarises (the row's denominator), not the ratio's parts.
    case (_, .days), (_, .mean): small = isSmall(v.denominator)
    case (.count(let n), _): small = isSmall(n)
    case (.ratio(let n, let d, _), _): small = isSmall(n) || isSmall(d)
    }
    if small { v.flags.insert(.suppressed) }
    return v
  }
}
