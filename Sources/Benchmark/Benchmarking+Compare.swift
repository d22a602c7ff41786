import SafeguardCore

extension Benchmarking {
  /// The comparison for one LA, one indicator and one year, with the neighbours' values in SN rank order.
  ///
  /// - Neighbours: the LA's 10 statistical neighbours in `version`. A neighbour with a token
  ///   (`c`, `x`, `z`, `u`, `k`, `-`) or with no row that year (e.g. Cumbria 909, a 2021-list
  ///   neighbour with no value from 2024) is left out of the mean and median and counted in
  ///   `snLeftOut`, never taken as zero; it still appears in the neighbour values, with its token or nil.
  /// - Rank and quartile band: over every LA row with a numeric value that year (never regions or
  ///   England), the LA's own included; none when the LA's own value is not numeric.
  /// - Region: the LA's DfE benchmarking region from `ReferenceData.localAuthorities`, which is
  ///   Inner or Outer London (`E13000001` / `E13000002`) for a London borough, not London as a whole.
  /// - versus_sn: the LA's published value against the chosen average (`versus(value:neighbours:average:polarity:)`).
  ///
  /// - Parameters:
  ///   - la: the LA compared.
  ///   - indicatorID: the indicator.
  ///   - year: the EES time period (2025 = 2024-25).
  ///   - version: which statistical-neighbour list.
  ///   - average: which average `versus_sn` compares with.
  /// - Returns: the row and the neighbour values; nil when nothing
  ///   is published for it that year, or the LA has no neighbour list in `version`.
  public static func compare(
    la: LACode, indicatorID: IndicatorID, year: Int, version: SNVersion, average: SNAverage
  ) -> (BenchmarkRow, [NeighbourValue])? {
    let indicator = IndicatorCatalogue.definition(indicatorID)
    guard let published = ReferenceData.published(indicatorID, year: year),
      let neighbours = ReferenceData.neighbours(of: la, version: version)
    else { return nil }
    return compare(la: la, indicator: indicator, published: published, neighbours: neighbours, average: average)
  }

  /// Every indicator with published values, for `years`, in catalogue order then year, with the neighbour values.
  ///
  /// Each indicator-year row is followed by a row for each of its published breakdown groups that
  /// year, in DfE's order (`cpp_at_end` by `duration`, D5's bands), compared on the group's share. An indicator that has no published values for one of `years` (a rate before 2016, say) is
  /// left out for that year; a year that none of the indicators has is an error. The neighbour
  /// values come in the same order as the rows, then by SN rank. An empty `years` or
  /// `indicatorIDs` gives no rows. An LA of DfE's legacy section (such as Cumbria 909 in the 2025
  /// list) has a neighbour list and so is accepted; its rows simply have no published value of
  /// its own in years after it was abolished. See `compare(la:indicatorID:year:version:average:)`
  /// for how each row is worked out.
  ///
  /// - Parameters:
  ///   - la: the LA compared.
  ///   - years: EES time periods; nil for each indicator's latest published year.
  ///   - indicatorIDs: catalogue ids; nil for every indicator with a published comparator.
  ///   - version: which statistical-neighbour list.
  ///   - average: which average `versus_sn` compares with.
  /// - Returns: the benchmark rows and the neighbour values.
  /// - Throws: `BenchmarkError` when the LA has no neighbour list in `version`, an id is not an
  ///   indicator or has no published comparator, or a year has no published values.
  public static func compare(
    la: LACode, years: [Int]?, indicatorIDs: [String]?, version: SNVersion, average: SNAverage
  ) throws(BenchmarkError) -> (rows: [BenchmarkRow], neighbours: [NeighbourValue]) {
    guard let neighbours = ReferenceData.neighbours(of: la, version: version) else {
      throw BenchmarkError(.noNeighbourList(la, version))
    }
    let indicators = try benchmarkedIndicators(indicatorIDs)
    let yearsByIndicator = indicators.map { ReferenceData.publishedYears($0.id) }
    if let years {
      let all = Set(yearsByIndicator.joined())
      if let bad = years.first(where: { !all.contains($0) }) {
        throw BenchmarkError(.unknownYear(bad, published: all.min().flatMap { lo in all.max().map { lo...$0 } }))
      }
    }
    var rows: [BenchmarkRow] = []
    var values: [NeighbourValue] = []
    for (indicator, published) in zip(indicators, yearsByIndicator) {
      let chosen = years.map { Set($0).intersection(published).sorted() } ?? published.max().map { [$0] } ?? []
      for year in chosen {
        guard let data = ReferenceData.published(indicator.id, year: year) else { continue }
        let groups = ReferenceData.publishedBreakdowns(indicator.id).compactMap {
          ReferenceData.published(indicator.id, breakdown: $0, year: year)
        }
        for published in [data] + groups {
          let (row, ns) = compare(
            la: la, indicator: indicator, published: published, neighbours: neighbours, average: average)
          rows.append(row)
          values += ns
        }
      }
    }
    return (rows, values)
  }

  /// The catalogue indicators to benchmark, in catalogue order: those asked for, or every one DfE publishes.
  static func benchmarkedIndicators(_ ids: [String]?) throws(BenchmarkError) -> [IndicatorDefinition] {
    let published = Set(ReferenceData.publishedIndicatorIDs)
    guard let ids else { return IndicatorCatalogue.all.filter { published.contains($0.id) } }
    var asked: Set<IndicatorID> = []
    for text in ids {
      guard let id = IndicatorID(rawValue: text) else { throw BenchmarkError(.unknownIndicator(text)) }
      guard published.contains(id) else { throw BenchmarkError(.noComparator(text)) }
      asked.insert(id)
    }
    return IndicatorCatalogue.all.filter { asked.contains($0.id) }
  }

  /// One row from one year's published values and a neighbour list: the only place the two meet.
  static func compare(
    la: LACode, indicator: IndicatorDefinition, published: PublishedYear, neighbours: [Neighbour], average: SNAverage
  ) -> (BenchmarkRow, [NeighbourValue]) {
    let names = ReferenceData.localAuthorities
    let neighbourValues = neighbours.sorted { $0.rank < $1.rank }.map { n in
      NeighbourValue(
        indicatorID: indicator.id, year: published.year, rank: n.rank, la: n.la, name: names[n.la]?.name ?? "",
        value: published.localAuthorities[n.la], breakdown: published.breakdown)
    }
    let snNumbers = neighbourValues.compactMap { $0.value?.number }
    let authority = names[la]
    let own = published.localAuthorities[la]
    let row = row(
      indicator: indicator, year: published.year, la: la, laPublished: own,
      allLAValues: published.localAuthorities.values.compactMap(\.number), neighbourValues: snNumbers,
      neighbourCount: neighbourValues.count, region: authority.flatMap { published.regions[$0.regionCode] },
      regionCode: authority?.regionCode, regionName: authority?.regionName, england: published.england,
      average: average, breakdown: published.breakdown)
    return (row, neighbourValues)
  }

  /// A benchmark row from plain values: the arithmetic of `compare`, apart from any reference data.
  ///
  /// - Parameters:
  ///   - allLAValues: every LA's numeric value that year, the LA's own included, in any order.
  ///   - neighbourValues: the neighbours' numeric values (tokens and missing rows already left out).
  ///   - neighbourCount: the number of neighbours in the list, so the rest are counted as left out.
  static func row(
    indicator: IndicatorDefinition, year: Int, la: LACode, laPublished: PublishedValue?, allLAValues: [Double],
    neighbourValues: [Double], neighbourCount: Int, region: PublishedValue?, regionCode: String?,
    regionName: String?, england: PublishedValue?, average: SNAverage, breakdown: String = ""
  ) -> BenchmarkRow {
    let snMean = mean(neighbourValues)
    let snMedian = median(neighbourValues)
    let value = laPublished?.number
    let ranked = value.flatMap { rank(of: $0, among: allLAValues, polarity: indicator.polarity) }
    let band = value.flatMap { quartileBand(of: $0, among: allLAValues, polarity: indicator.polarity) }
    let chosen = average == .mean ? snMean : snMedian
    let versusSN = value.flatMap { v in
      chosen.flatMap { versus(value: v, neighbours: neighbourValues, average: $0, polarity: indicator.polarity) }
    }
    return BenchmarkRow(
      indicator: indicator, year: year, la: la, laPublished: laPublished, snMean: snMean, snMedian: snMedian,
      snCount: neighbourValues.count, snLeftOut: neighbourCount - neighbourValues.count, region: region,
      regionCode: regionCode, regionName: regionName, england: england, rank: ranked?.rank, rankOf: ranked?.of,
      quartileBand: band, versusSN: versusSN, average: average, breakdown: breakdown)
  }
}
