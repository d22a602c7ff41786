import Aggregate
import SafeguardCore
import Transform

extension Runner {
  /// The assessment, Section 47/ICPC, child protection plan and CIN/CLA families, from the CIN
  /// census files read (none when there are none). Children looked after at period end come from
  /// Annex A list 8 when it was read; otherwise those rows are blank and flagged `no_data`.
  func censusIndicators(
    _ set: ExtractSet, families: [IndicatorFamily], periods: [Period], la: LACode?
  )
    -> [IndicatorValue]
  {
    guard !set.census.isEmpty else { return [] }
    let (episodes, coverage) = CensusTransform.episodes(from: set.census)
    log.info("CIN census: \(episodes.count.grouped) CIN episodes after merging the files (latest return wins)")
    var values: [IndicatorValue] = []
    if families.contains(.assessments) {
      values += AssessmentIndicators.compute(episodes, coverage: coverage, periods: periods, la: la)
    }
    if families.contains(.s47Conferences) {
      values += Section47Indicators.compute(episodes, coverage: coverage, periods: periods, la: la)
    }
    if families.contains(.childProtectionPlans) {
      values += ChildProtectionIndicators.compute(
        episodes, coverage: coverage, periods: periods, la: la, reviewsComplete: true)
    }
    if families.contains(.cinCla) {
      let care = set.careEpisodes.map { (child: $0.child, start: $0.start, end: $0.ceased) }
      values += ChildrenInNeedIndicators.compute(
        episodes, coverage: coverage, care: care, careCoverage: set.coverage(of: .annexAChildrenInCare),
        periods: periods, la: la)
    }
    // Census figures for periods past the latest return are blank when other inputs go further.
    let horizon = (set.files.compactMap(\.lastDate) + set.census.compactMap(\.header.referenceDate)).max()
    if let end = coverage?.upperBound, let horizon {
      values = SourceHorizon.limit(values, sourceEnd: end, horizon: horizon)
    }
    return values
  }
}
