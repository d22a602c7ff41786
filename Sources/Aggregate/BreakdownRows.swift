import SafeguardCore

/// The breakdown rows of `specs/indicators.md` ("Breakdowns") for a count indicator: for each
/// dimension, each of its groups in the spec's order (zeros included), each period.
///
/// A breakdown row's numerator is the count in the group, its denominator the indicator's total
/// for the period and its value the count, so the rows of a dimension add up to the total (a
/// group that can be unreadable has an `unknown` group for it). A period the source does not
/// cover gives blank rows with the total's flags.
enum BreakdownRows {

  /// One dimension of a family's records: which group a record falls in, as its position in
  /// `dimension.groups` (nil: in none, as a plan with no recognised category).
  struct Dimension<Item> {
    let dimension: BreakdownDimension
    let position: (Item) -> Int?

    init(dimension: BreakdownDimension, position: @escaping (Item) -> Int?) {
      self.dimension = dimension
      self.position = position
    }

    /// A dimension whose rule names the group (`"yes"`, `"high"`); a name not among the groups
    /// (or empty) is in none.
    init(dimension: BreakdownDimension, group: @escaping (Item) -> String) {
      let at = Dictionary(uniqueKeysWithValues: dimension.groups.enumerated().map { ($1, $0) })
      self.init(dimension: dimension) { at[group($0)] }
    }
  }

  /// Rows for `dimensions`, counting the records `items` gives for each period.
  static func counts<Item>(
    _ def: IndicatorDefinition, periods: [Period], coverage: ClosedRange<Day>?, dimensions: [Dimension<Item>],
    items: (Period) -> [Item]
  ) -> [IndicatorValue] {
    guard !dimensions.isEmpty else { return [] }
    var tallies: [Period: (total: Int, byGroup: [[Int]])] = [:]
    for p in periods where Coverage.check(coverage, p).usable {
      let records = items(p)
      tallies[p] = (
        records.count,
        dimensions.map { d in
          var by = [Int](repeating: 0, count: d.dimension.groups.count)
          for r in records { if let g = d.position(r) { by[g] += 1 } }
          return by
        }
      )
    }
    var out: [IndicatorValue] = []
    for (i, d) in dimensions.enumerated() {
      for (g, group) in d.dimension.groups.enumerated() {
        let label = d.dimension.label(group)
        for p in periods {
          let flags = Coverage.check(coverage, p).flags
          guard let t = tallies[p] else {
            out.append(EpisodeCoverage.blank(def, p, breakdown: label, flags: flags))
            continue
          }
          let n = t.byGroup[i][g]
          out.append(
            EpisodeCoverage.row(
              def, p, breakdown: label, numerator: n, denominator: t.total, figure: .count(n), flags: flags))
        }
      }
    }
    return out
  }

  /// The child dimensions (`age`, `sex`, `ethnicity`, `disability`) among `wanted` that the
  /// traits' source carries, for records of a child on a day (the event's, or the period's last).
  static func child<Item>(
    _ wanted: [BreakdownDimension], traits: ChildTraitsTable, child: @escaping (Item) -> Int32,
    on day: @escaping (Item) -> Day
  ) -> [Dimension<Item>] {
    wanted.filter(traits.carries.contains).compactMap { d in
      switch d {
      case .age: Dimension(dimension: d) { traits[child($0)].age(on: day($0)).ordinal }
      case .sex: Dimension(dimension: d) { traits[child($0)].sex.ordinal }
      case .ethnicity: Dimension(dimension: d) { traits[child($0)].ethnicity.ordinal }
      case .disability: Dimension(dimension: d) { traits[child($0)].disability.ordinal }
      default: nil
      }
    }
  }
}
