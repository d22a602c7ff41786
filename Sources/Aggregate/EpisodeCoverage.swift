import SafeguardCore

/// What the CIN-episode indicator families share: the coverage check, the "open at period end"
/// test, the rows they build, and rates per 10,000 children.
///
/// Every family is given the range of dates the source covers (its first to its last event
/// date) and checks each period against it exactly as the front door does (`Coverage.check`):
/// `no_data` and no figure when the range is missing, starts after the period's first day or
/// ends before it; `provisional` when it ends before the period's last day.
enum EpisodeCoverage {
  /// True when a record that started on `start` and ended on `end` is open at the end of `day`.
  ///
  /// Open means started on or before `day` and not ended on or before it: a plan or episode that
  /// ends on the period's last day is not open at period end. A record without a start is never open.
  static func isOpen(start: Day?, end: Day?, atEndOf day: Day) -> Bool {
    guard let start, start <= day else { return false }
    guard let end else { return true }
    return end > day
  }

  /// One row: `column` is the period asked for, `period` the one measured (a rolling year for a rate).
  static func row(
    _ def: IndicatorDefinition, _ column: Period, breakdown: String = "", measured period: Period? = nil,
    numerator: Int?, denominator: Int?, figure: Figure, flags: Set<IndicatorFlag>, note: String? = nil
  ) -> IndicatorValue {
    IndicatorValue(
      indicator: def, breakdown: breakdown, period: period ?? column, column: column, numerator: numerator,
      denominator: denominator, figure: figure, flags: flags, note: note)
  }

  /// A blank row carrying why it is blank.
  static func blank(
    _ def: IndicatorDefinition, _ column: Period, breakdown: String = "", measured period: Period? = nil,
    flags: Set<IndicatorFlag>, note: String? = nil
  ) -> IndicatorValue {
    row(
      def, column, breakdown: breakdown, measured: period, numerator: nil, denominator: nil, figure: .none,
      flags: flags, note: note)
  }

  /// A count row, or a blank `no_data` row when the coverage does not allow one.
  static func count(
    _ def: IndicatorDefinition, _ p: Period, coverage: ClosedRange<Day>?, _ n: () -> Int
  ) -> IndicatorValue {
    let cov = Coverage.check(coverage, p)
    guard cov.usable else { return blank(def, p, flags: cov.flags) }
    let value = n()
    return row(def, p, numerator: value, denominator: nil, figure: .count(value), flags: cov.flags)
  }

  /// A percentage row (numerator ÷ denominator × 100), or a blank `no_data` row.
  ///
  /// A zero denominator gives a ratio with denominator 0, written blank, as the front door does.
  static func percent(
    _ def: IndicatorDefinition, _ p: Period, coverage: ClosedRange<Day>?, extra: Set<IndicatorFlag> = [],
    _ parts: () -> (numerator: Int, denominator: Int)
  ) -> IndicatorValue {
    let cov = Coverage.check(coverage, p)
    guard cov.usable else { return blank(def, p, flags: cov.flags) }
    let (num, den) = parts()
    return row(
      def, p, numerator: num, denominator: den, figure: .ratio(numerator: num, denominator: den, multiplier: 100),
      flags: cov.flags.union(extra))
  }

  /// How a rate's count is taken.
  enum RateKind {
    /// Events in the rolling year ending at the period's last day (the coverage must span that year).
    case eventsInRollingYear
    /// Children open at the end of the period's last day (the coverage must span the period asked for).
    case atPeriodEnd
  }

  /// A rate per 10,000 children aged 0–17, for the rolling year ending on the period's last day.
  ///
  /// The row's `period` is that rolling year (a year asks for itself); the population is the ONS
  /// mid-year estimate inside it (`ReferenceData.population0to17`), `provisional` when an earlier
  /// estimate stands in for one not yet published. Blank and `no_data` without an LA code or an
  /// estimate for it. For `.atPeriodEnd` the count is taken on the period's last day, which is
  /// also the rolling year's last day.
  static func rate(
    _ def: IndicatorDefinition, _ p: Period, kind: RateKind, coverage: ClosedRange<Day>?, la: LACode?,
    count: (Period) -> Int
  ) -> IndicatorValue {
    let year = p.rollingYear
    let cov = Coverage.check(coverage, kind == .eventsInRollingYear ? year : p)
    guard cov.usable else { return blank(def, p, measured: year, flags: cov.flags) }
    guard let la else {
      return blank(def, p, measured: year, flags: cov.flags.union([.noData]), note: "no LA code set, so no population")
    }
    guard let pop = ReferenceData.population0to17(area: la.value, for: year) else {
      return blank(
        def, p, measured: year, flags: cov.flags.union([.noData]), note: "no 0–17 population for LA \(la)")
    }
    let n = count(year)
    var flags = cov.flags
    if pop.provisional { flags.insert(.provisional) }
    return row(
      def, p, measured: year, numerator: n, denominator: pop.population,
      figure: .ratio(numerator: n, denominator: pop.population, multiplier: 10_000), flags: flags,
      note: "population: ONS mid-\(pop.midYear) estimate of children aged 0–17")
  }

  /// Rows for a breakdown indicator: the total row (breakdown "") for every period, then each
  /// breakdown value in ascending code order for every period, so `trend.csv` lines up.
  ///
  /// Each value is a count (the unit of these indicators): numerator = records with that value,
  /// denominator = the base the family names, so the percentage is numerator ÷ denominator. The
  /// total row counts the records with at least one breakdown value.
  /// Values seen in any usable period get a row in every period (0 where absent); `extraValues`
  /// are always present (the five categories of abuse).
  static func breakdownRows(
    _ def: IndicatorDefinition, periods: [Period], coverage: ClosedRange<Day>?, extraValues: [String] = [],
    tally: (Period) -> (byValue: [String: Int], withAny: Int, base: Int)
  ) -> [IndicatorValue] {
    var tallies: [Period: (byValue: [String: Int], withAny: Int, base: Int)] = [:]
    var values = Set(extraValues)
    for p in periods where Coverage.check(coverage, p).usable {
      let t = tally(p)
      tallies[p] = t
      values.formUnion(t.byValue.keys)
    }
    var out: [IndicatorValue] = []
    for value in [""] + values.sorted() {
      for p in periods {
        let flags = Coverage.check(coverage, p).flags
        guard let t = tallies[p] else {
          out.append(blank(def, p, breakdown: value, flags: flags))
          continue
        }
        let num = value.isEmpty ? t.withAny : t.byValue[value, default: 0]
        out.append(
          row(
            def, p, breakdown: value, numerator: num, denominator: t.base,
            figure: .count(num), flags: flags))
      }
    }
    return out
  }
}
