import SafeguardCore

/// `icpc_per_s47` and `cpp_per_icpc`: two counts of one period set over each other, as annual
/// reports and DfE's tables print them (not a cohort followed through, as `s47_to_icpc` and
/// `icpc_to_cpp` are).
///
/// Each is built from rows the pipeline has already computed — `icpc` over `s47_started`,
/// `cpp_started` over `icpc` — so "started in period" and "held in period" keep the one meaning
/// `Section47Indicators` and `ChildProtectionIndicators` give them, from whichever source fed them.
/// - Only the rows for the whole (empty breakdown) are used, matched by their period column.
/// - A period whose numerator or denominator is blank (the source does not cover it) is blank,
///   flagged `no_data` with the flags of its parts: never a guess.
/// - A zero denominator gives no value (a blank cell), flagged `no_data`, with the numerator and
///   the zero still shown.
/// - The flags of both parts carry over (`provisional`, `data_errors`, `partial_history`);
///   `suppressed` is decided afterwards, on this row's own numbers, by `Suppression`.
/// - `cpp_per_icpc` can pass 100: plans that start without an initial conference (transfers in) count.
public enum SameYearRatios {
  public static let ids: [IndicatorID] = [.icpcPerS47, .cppPerIcpc]

  /// Numerator and denominator indicator of each ratio.
  static let parts: [IndicatorID: (numerator: IndicatorID, denominator: IndicatorID)] = [
    .icpcPerS47: (.icpc, .s47Started),
    .cppPerIcpc: (.cppStarted, .icpc),
  ]

  /// The ratio rows for every period column where both counts have a row, in `ids` order then
  /// the numerator's period order; none for a ratio whose counts were not computed.
  ///
  /// - Parameter values: the run's rows (flagged for data errors, not yet suppressed).
  /// - Returns: the new rows only.
  public static func derive(from values: [IndicatorValue]) -> [IndicatorValue] {
    var totals: [IndicatorID: [IndicatorValue]] = [:]
    let wanted = Set(parts.values.flatMap { [$0.numerator, $0.denominator] })
    for v in values where v.breakdown.isEmpty && wanted.contains(v.indicator.id) {
      totals[v.indicator.id, default: []].append(v)
    }
    var out: [IndicatorValue] = []
    for id in ids {
      guard let (n, d) = parts[id], let tops = totals[n],
        let bottoms = totals[d]
      else { continue }
      let def = IndicatorCatalogue.definition(id)
      let byColumn = Dictionary(bottoms.map { ($0.column, $0) }, uniquingKeysWith: { first, _ in first })
      for top in tops {
        guard let bottom = byColumn[top.column] else { continue }
        out.append(ratio(def, top, bottom))
      }
    }
    return out
  }

  /// One row: `top` ÷ `bottom` × 100 for their shared period.
  static func ratio(_ def: IndicatorDefinition, _ top: IndicatorValue, _ bottom: IndicatorValue) -> IndicatorValue {
    let flags = top.flags.union(bottom.flags).subtracting([.suppressed])
    guard case .count(let n) = top.figure, case .count(let d) = bottom.figure else {
      return IndicatorValue(
        indicator: def, period: top.period, column: top.column, numerator: nil, denominator: nil, figure: .none,
        flags: flags.union([.noData]),
        note: "\(top.indicator.id) or \(bottom.indicator.id) has no value for this period")
    }
    return IndicatorValue(
      indicator: def, period: top.period, column: top.column, numerator: n, denominator: d,
      figure: .ratio(numerator: n, denominator: d, multiplier: 100), flags: d == 0 ? flags.union([.noData]) : flags,
      note: d == 0 ? "no \(bottom.indicator.id) in the period, so no ratio" : nil)
  }
}
