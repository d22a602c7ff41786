import SafeguardCore
import Testing

@testable import Benchmark

/// Which rows a benchmark request gives, the row arithmetic at its edges, and the usage errors.
@Suite struct BenchmarkRequestTests {
  let bexley = LACode("303")!
  let rereferrals = IndicatorCatalogue.definition(.rereferrals12m)

  // MARK: Rows from plain values

  @Test func allSuppressedGivesNoAveragesRankBandOrComparison() {
    // The LA and all 10 neighbours are `c`, and no LA has a numeric value that year.
    let row = Benchmarking.row(
      indicator: rereferrals, year: 2025, la: bexley, laPublished: .token("c"), allLAValues: [], neighbourValues: [],
      neighbourCount: 10, region: .token("c"), regionCode: "E13000002", regionName: "Outer London",
      england: .token("c"), average: .mean)
    #expect(row.snMean == nil && row.snMedian == nil)
    #expect(row.snCount == 0 && row.snLeftOut == 10)
    #expect(row.rank == nil && row.rankOf == nil)
    #expect(row.quartileBand == nil)
    #expect(row.versusSN == nil)
  }

  @Test func suppressedLAValueStillHasNeighbourAverages() {
    // Neighbours 10 and 20 (8 left out): mean 15, median 15; the LA's own `c` has no rank, band or comparison.
    let row = Benchmarking.row(
      indicator: rereferrals, year: 2025, la: bexley, laPublished: .token("c"), allLAValues: [10, 20, 30, 40],
      neighbourValues: [10, 20], neighbourCount: 10, region: nil, regionCode: nil, regionName: nil, england: nil,
      average: .median)
    #expect(row.snMean == 15 && row.snMedian == 15)
    #expect(row.snCount == 2 && row.snLeftOut == 8)
    #expect(row.rank == nil && row.quartileBand == nil && row.versusSN == nil)
  }

  @Test func versusUsesTheAverageChosen() {
    // Neighbours 9, 9, 9, 13: mean 10, median 9, SE 1 (see BenchmarkMathTests). The LA's 10.5 is
    // 0.5 from the mean (similar) but 1.5 from the median (worse, low polarity).
    func row(_ average: SNAverage) -> BenchmarkRow {
      Benchmarking.row(
        indicator: rereferrals, year: 2025, la: bexley, laPublished: .number(10.5, text: "10.5"),
        allLAValues: [9, 9, 9, 10.5, 13], neighbourValues: [9, 9, 9, 13], neighbourCount: 10, region: nil,
        regionCode: nil, regionName: nil, england: nil, average: average)
    }
    #expect(row(.mean).versusSN == "similar")
    #expect(row(.median).versusSN == "worse")
    #expect(row(.median).average == .median)
    // Rank among 9, 9, 9, 10.5, 13 ascending: three below, so 4 of 5.
    #expect(row(.mean).rank == 4 && row(.mean).rankOf == 5)
  }

  // MARK: Which rows

  @Test func defaultYearsAreEachIndicatorsLatestInCatalogueOrder() throws {
    let (rows, neighbours) = try Benchmarking.compare(
      la: bexley, years: nil, indicatorIDs: nil, version: .v2025, average: .mean)
    // Each indicator once as a whole, cpp_at_end then once per D5 duration band.
    #expect(rows.filter(\.breakdown.isEmpty).map(\.indicator.id) == ReferenceData.publishedIndicatorIDs)
    #expect(rows.filter { !$0.breakdown.isEmpty }.map(\.indicator.id) == Array(repeating: .cppAtEnd, count: 5))
    let orders = rows.map(\.indicator.id.order)
    #expect(orders == orders.sorted())
    for row in rows {
      #expect(row.year == ReferenceData.publishedYears(row.indicator.id).max())
    }
    // Neighbours follow the rows, each block in SN rank order.
    #expect(neighbours.map(\.indicatorID) == rows.flatMap { Array(repeating: $0.indicator.id, count: 10) })
    #expect(neighbours.prefix(10).map(\.rank) == Array(1...10))
  }

  @Test func yearsAskedForComeInOrderAndSkipIndicatorsNotPublishedThen() throws {
    // referrals is published from 2013, referrals_rate from 2016: 2014 has referrals only.
    let (rows, _) = try Benchmarking.compare(
      la: bexley, years: [2025, 2014], indicatorIDs: ["referrals_rate", "referrals"], version: .v2025,
      average: .mean)
    #expect(
      rows.map { "\($0.indicator.id) \($0.year)" } == ["referrals 2014", "referrals 2025", "referrals_rate 2025"])
  }

  @Test func singleComparisonIsNilForWhatDoesNotExist() {
    #expect(
      Benchmarking.compare(la: bexley, indicatorID: .contacts, year: 2025, version: .v2025, average: .mean) == nil)
    #expect(
      Benchmarking.compare(la: bexley, indicatorID: .referrals, year: 2031, version: .v2025, average: .mean) == nil)
    #expect(
      Benchmarking.compare(la: LACode("999")!, indicatorID: .referrals, year: 2025, version: .v2025, average: .mean)
        == nil)
  }

  // MARK: Usage errors

  @Test func anLAWithoutANeighbourListIsAUsageError() {
    let error = #expect(throws: BenchmarkError.self) {
      try Benchmarking.compare(la: LACode("999")!, years: nil, indicatorIDs: nil, version: .v2025, average: .mean)
    }
    #expect(error?.reason == .noNeighbourList(LACode("999")!, .v2025))
    #expect(error?.exitStatus == .usage)
    #expect(
      error?.description
        == "'999' is not an English LA with statistical neighbours in the 2025 list; "
        + "run `safeguard neighbours --list` to see LA codes")
  }

  @Test func cumberlandHasNoListIn2021() {
    // 942 Cumberland is listed with "-" for every neighbour in the April 2021 file, so it has no list there.
    let cumberland = LACode("942")!
    #expect(throws: BenchmarkError(.noNeighbourList(cumberland, .v2021))) {
      try Benchmarking.compare(la: cumberland, years: nil, indicatorIDs: nil, version: .v2021, average: .mean)
    }
    #expect(ReferenceData.neighbours(of: cumberland, version: .v2025) != nil)
  }

  @Test func unknownIndicatorAndIndicatorWithoutComparator() {
    #expect(throws: BenchmarkError(.unknownIndicator("referals"))) {
      try Benchmarking.compare(la: bexley, years: nil, indicatorIDs: ["referals"], version: .v2025, average: .mean)
    }
    #expect(throws: BenchmarkError(.noComparator("contacts"))) {
      try Benchmarking.compare(la: bexley, years: nil, indicatorIDs: ["contacts"], version: .v2025, average: .mean)
    }
  }

  @Test func unknownYear() {
    let error = #expect(throws: BenchmarkError.self) {
      try Benchmarking.compare(la: bexley, years: [2031], indicatorIDs: nil, version: .v2025, average: .mean)
    }
    #expect(error?.reason == .unknownYear(2031, published: 2013...2025))
    #expect(error?.description.contains("2013 to 2025 (2012-13 to 2024-25)") == true)
  }
}
