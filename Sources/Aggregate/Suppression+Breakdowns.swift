import SafeguardCore

extension Suppression {
  /// The rows of one dimension of one indicator's breakdown in one period.
  struct Dimension: Hashable {
    let id: IndicatorID
    let period: Period
    let column: Period
    /// The part of the breakdown before `=` (`age`); "" for the breakdowns written as bare values
    /// (`cpp_by_category`, `lado_by_*`, `lado_outcomes`, `assessment_factors`), one dimension each.
    let name: String

    init(_ v: IndicatorValue) {
      id = v.indicator.id
      period = v.period
      column = v.column
      name = v.breakdown.firstIndex(of: "=").map { String(v.breakdown[..<$0]) } ?? ""
    }
  }

  /// The total row a dimension adds up to.
  struct Total: Hashable {
    let id: IndicatorID
    let period: Period
    let column: Period
  }

  /// `values` with more breakdown groups suppressed, so that no suppressed group can be worked out
  /// by subtraction from the total and the groups shown.
  ///
  /// Within one indicator, period and dimension:
  /// - When the total is suppressed, every group is, zeros included: each group is at most the
  ///   total, and zeros beside it would say which groups the few are in. The total is suppressed
  ///   when its row (breakdown "") is, or, for counts, when the total the groups share as their
  ///   denominator is 1 to 5 (the LADO breakdowns have no total row).
  /// - Otherwise, when exactly one group is suppressed, so is the smallest non-zero group not
  ///   already suppressed, the first in the dimension's order on a tie. Counts are compared by
  ///   count; percentages by numerator, then denominator, among groups with a non-zero numerator
  ///   (or, when every other numerator is 0, by denominator among those with a non-zero one), as
  ///   the groups' numerators and denominators each add up to the total's. A zero group would
  ///   give the suppressed one away and is never picked; when there is none to pick, the total is
  ///   the group plus records in no group (a LADO referral with no referrer, say), so it cannot be
  ///   worked out.
  /// - Two or more suppressed groups show only their sum, and nothing more is suppressed.
  ///
  /// This applies to every breakdown alike, `assessment_factors` too, whose groups overlap (one
  /// assessment can have several factors) and so do not add up: there it withholds more than it
  /// must. Rows without a figure are left as they are.
  static func secondary(_ values: [IndicatorValue]) -> [IndicatorValue] {
    var out = values
    var totals: [Total: Bool] = [:]
    var dimensions: [Dimension: [Int]] = [:]
    var order: [Dimension] = []
    for (i, v) in values.enumerated() {
      if v.breakdown.isEmpty {
        totals[Total(id: v.indicator.id, period: v.period, column: v.column)] = v.flags.contains(.suppressed)
        continue
      }
      guard v.figure != .none else { continue }
      let d = Dimension(v)
      if dimensions[d] == nil { order.append(d) }
      dimensions[d, default: []].append(i)
    }
    for d in order {
      let cells = dimensions[d]!
      let totalRow = totals[Total(id: d.id, period: d.period, column: d.column)] ?? false
      let sharedTotal = cells.contains { i in
        if case .count = values[i].figure { return isSmall(values[i].denominator) }
        return false
      }
      if totalRow || sharedTotal {
        for i in cells { out[i].flags.insert(.suppressed) }
        continue
      }
      let shown = cells.filter { !out[$0].flags.contains(.suppressed) }
      guard cells.count - shown.count == 1, let next = smallestNonZero(shown, in: values) else { continue }
      out[next].flags.insert(.suppressed)
    }
    return out
  }

  /// Of the rows at `cells`, the smallest non-zero one (the first on a tie), as `secondary` says.
  static func smallestNonZero(_ cells: [Int], in values: [IndicatorValue]) -> Int? {
    var best: (cell: Int, key: [Int])?
    for i in cells {
      let key: [Int]
      switch values[i].figure {
      case .count(let n) where n > 0: key = [0, n]
      case .ratio(let n, let d, _) where n > 0: key = [0, n, d]
      case .ratio(_, let d, _) where d > 0: key = [1, d]
      default: continue
      }
      if best.map({ key.lexicographicallyPrecedes($0.key) }) ?? true { best = (i, key) }
    }
    return best?.cell
  }
}
