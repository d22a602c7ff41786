import SafeguardCore

/// The breakdown rows of `specs/indicators.md` ("Breakdowns") for a count indicator: for each
/// dimension, each of its groups in the spec's order (zeros included), each period.
///
/// A breakdown row's numerator is the count in the group, its denominator the indicator's total
/// for the period and its value the count, so the rows of a dimension add up to the total (a
/// group that can be unreadable has an `unknown` group for it). A period the source does not
/// cover gives blank rows with the total's flags.
enum BreakdownRows {
  /// One dimension of a family's records: which group a record falls in.
  struct Dimension<Item> {
    let dimension: BreakdownDimension
    let group: (Item) -> String
  }

  /// Rows for `dimensions`, counting the records `items` gives for each period.
  static func counts<Item>(
    _ def: IndicatorDefinition, periods: [Period], coverage: ClosedRange<Day>?, dimensions: [Dimension<Item>],
    items: (Period) -> [Item]
  ) -> [IndicatorValue] {
    guard !dimensions.isEmpty else { return [] }
    var tallies: [Period: (total: Int, byGroup: [[String: Int]])] = [:]
    for p in periods where Coverage.check(coverage, p).usable {
      let records = items(p)
      tallies[p] = (
        records.count,
        dimensions.map { d in
          var by: [String: Int] = [:]
          for r in records { by[d.group(r), default: 0] += 1 }
          return by
        }
      )
    }
    var out: [IndicatorValue] = []
    for (i, d) in dimensions.enumerated() {
      for group in d.dimension.groups {
        let label = d.dimension.label(group)
        for p in periods {
          let flags = Coverage.check(coverage, p).flags
          guard let t = tallies[p] else {
            out.append(EpisodeCoverage.blank(def, p, breakdown: label, flags: flags))
            continue
          }
          let n = t.byGroup[i][group, default: 0]
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
      case .age: Dimension(dimension: d) { traits[child($0)].age(on: day($0)).rawValue }
      case .sex: Dimension(dimension: d) { traits[child($0)].sex.rawValue }
      case .ethnicity: Dimension(dimension: d) { traits[child($0)].ethnicity.rawValue }
      case .disability: Dimension(dimension: d) { traits[child($0)].disability.rawValue }
      default: nil
      }
    }
  }
}
