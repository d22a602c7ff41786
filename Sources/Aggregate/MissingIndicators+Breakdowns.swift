import SafeguardCore

/// The missing and police breakdowns of `specs/indicators.md` ("Breakdowns"): `missing_episodes`
/// and `missing_children` by `looked_after`, `police_missing_reports` by `risk`, as count rows
/// (`BreakdownRows.counts`) after each total.
///
/// Which group a record is in:
/// - A missing (M) episode: its own `LOOKED_AFTER` answer, looked after at the episode's start
///   (`yes`, `no`, or `unknown` when blank or not a yes/no answer).
/// - A child in `missing_children`: the answer of their latest missing episode starting in the
///   period, by start date and time. A start given as a date only counts as the start of its day,
///   so a timed start on the same day is later. Two episodes starting at the same moment (possible
///   within one file; copies across files are removed before this) give a recorded answer over a
///   blank one, and `yes` over `no`, so the group never depends on the order of the rows.
/// - A police occurrence: its `Risk Level` (`high`, `medium`, `low`, `no-apparent` for
///   `No apparent risk`, `None` and the older `Absent`, `unknown` when blank or not a grading).
///
/// A source that was not read (`coverage` nil) gives no rows. `LOOKED_AFTER` and `Risk Level` are
/// required columns, so a file without one stops the run at ingest: a source that was read always
/// carries its dimension.
extension MissingIndicators {
  /// The breakdown rows of `def`, if it has any: none for the other missing indicators.
  static func breakdownRows(
    _ def: IndicatorDefinition, missing: [MissingEpisodeRecord], coverage: ClosedRange<Day>?,
    police: [PoliceMissingRecord], policeCoverage: ClosedRange<Day>?, periods: [Period]
  ) -> [IndicatorValue] {
    let lookedAfter = BreakdownRows.Dimension<MissingEpisodeRecord>(dimension: .lookedAfter) {
      BreakdownGroups.LookedAfter.of($0.lookedAfter).rawValue
    }
    func starting(_ p: Period) -> [MissingEpisodeRecord] { missing.filter { p.contains($0.start.day) } }
    switch def.id {
    case .missingEpisodes where coverage != nil:
      return BreakdownRows.counts(
        def, periods: periods, coverage: coverage, dimensions: [lookedAfter], items: starting)
    case .missingChildren where coverage != nil:
      return BreakdownRows.counts(def, periods: periods, coverage: coverage, dimensions: [lookedAfter]) {
        latestEpisodePerChild(starting($0))
      }
    case .policeMissingReports where policeCoverage != nil:
      let risk = BreakdownRows.Dimension<PoliceMissingRecord>(dimension: .risk) {
        BreakdownGroups.Risk.of($0.risk).rawValue
      }
      return BreakdownRows.counts(def, periods: periods, coverage: policeCoverage, dimensions: [risk]) { p in
        police.filter { p.contains($0.reported.day) }
      }
    default:
      return []
    }
  }

  /// Each child's latest episode among `episodes`, in the order of the children's first episode.
  ///
  /// Latest by start (`DayTime` order: a date-only start is at the start of its day); on the same
  /// start, the episode whose answer ranks higher: `yes`, then `no`, then `unknown`.
  static func latestEpisodePerChild(_ episodes: [MissingEpisodeRecord]) -> [MissingEpisodeRecord] {
    func rank(_ answer: YesNo) -> Int {
      switch answer {
      case .yes: 2
      case .no: 1
      case .unknown: 0
      }
    }
    var latest: [Int32: Int] = [:]
    var order: [Int32] = []
    for (i, e) in episodes.enumerated() {
      guard let kept = latest[e.child] else {
        latest[e.child] = i
        order.append(e.child)
        continue
      }
      let k = episodes[kept]
      if (e.start, rank(e.lookedAfter)) > (k.start, rank(k.lookedAfter)) { latest[e.child] = i }
    }
    return order.map { episodes[latest[$0]!] }
  }
}
