import SafeguardCore

/// Small-number suppression for outputs that leave the LA (DfE convention).
///
/// Counts of 1 to 5 become `c`, and so do percentages and rates whose numerator or denominator
/// is 1 to 5; the row is flagged `suppressed` and its numerator and denominator are withheld by
/// the writer. Zero is not suppressed. Populations (rate denominators) are never small.
public enum Suppression {
  public static func isSmall(_ n: Int?) -> Bool { n.map { (1...5).contains($0) } ?? false }

  public static func apply(_ values: [IndicatorValue]) -> [IndicatorValue] {
    values.map { v in
      var v = v
      let small: Bool
      switch v.figure {
      case .count(let n): small = isSmall(n)
      case .ratio(let n, let d, _): small = isSmall(n) || isSmall(d)
      case .none: small = false
      }
      if small { v.flags.insert(.suppressed) }
      return v
    }
  }
}
