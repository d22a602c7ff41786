import SafeguardCore
import Testing

@testable import Benchmark

/// The comparison over the real reference data, checked against figures read by hand from
/// `reference/statistical-neighbours/sn_2025.csv` and `sn_2021.csv` and
/// `reference/ees/indicators_la_region_england.csv` (time_period 2025, i.e. 2024-25).
@Suite struct PublishedComparisonTests {
  /// One LA × indicator: its 2025-list neighbours in SN rank order with their published 2024-25 values.
  struct Case: Sendable, CustomTestStringConvertible {
    let la: String
    let indicator: IndicatorID
    let neighbours: [(String, Double)]
    let mean: Double
    let median: Double
    var testDescription: String { "\(la) \(indicator)" }
  }

  // 303 Bexley: 311 Havering, 822 Bedford, 886 Kent, 881 Essex, 883 Thurrock, 887 Medway,
  // 826 Milton Keynes, 866 Swindon, 839 Bournemouth Christchurch and Poole, 351 Bury.
  // 332 Dudley: 384 Wakefield, 894 Telford and Wrekin, 808 Stockton-on-Tees, 372 Rotherham, 370 Barnsley,
  // 887 Medway, 357 Tameside, 888 Lancashire, 841 Darlington, 925 Lincolnshire.
  // 888 Lancashire: 925 Lincolnshire, 351 Bury, 332 Dudley, 884 Herefordshire, 841 Darlington,
  // 808 Stockton-on-Tees, 384 Wakefield, 891 Nottinghamshire, 929 Northumberland, 359 Wigan.
  static let cases: [Case] = [
    // 563.2 + 447.8 + 676.3 + 173.3 + 407.4 + 729.2 + 448.7 + 424.6 + 452.6 + 648.9 = 4972.0; ÷ 10 = 497.2.
    // Sorted, 5th and 6th are 448.7 and 452.6: median 901.3 ÷ 2 = 450.65.
    Case(
      la: "303", indicator: .referralsRate,
      neighbours: [
        ("311", 563.2), ("822", 447.8), ("886", 676.3), ("881", 173.3), ("883", 407.4), ("887", 729.2),
        ("826", 448.7), ("866", 424.6), ("839", 452.6), ("351", 648.9),
      ], mean: 497.2, median: 450.65),
    // 16.3 + 23.3 + 21.6 + 15.4 + 16 + 24.8 + 20.3 + 23 + 22.6 + 26 = 209.3; ÷ 10 = 20.93. Middle 21.6, 22.6 → 22.1.
    Case(
      la: "303", indicator: .rereferrals12m,
      neighbours: [
        ("311", 16.3), ("822", 23.3), ("886", 21.6), ("881", 15.4), ("883", 16), ("887", 24.8), ("826", 20.3),
        ("866", 23), ("839", 22.6), ("351", 26),
      ], mean: 20.93, median: 22.1),
    // 71.2 + 38.9 + 35.8 + 20 + 23.3 + 58.7 + 62.8 + 40.7 + 87.2 + 65.7 = 504.3; ÷ 10 = 50.43.
    // Middle 40.7, 58.7 → 49.7.
    Case(
      la: "303", indicator: .cppStartedRate,
      neighbours: [
        ("311", 71.2), ("822", 38.9), ("886", 35.8), ("881", 20), ("883", 23.3), ("887", 58.7), ("826", 62.8),
        ("866", 40.7), ("839", 87.2), ("351", 65.7),
      ], mean: 50.43, median: 49.7),
    // 644.3 + 321.1 + 878.2 + 488.7 + 625.7 + 729.2 + 934.4 + 304.1 + 490.5 + 589.8 = 6006.0; ÷ 10 = 600.6.
    // Middle 589.8, 625.7 → 1215.5 ÷ 2 = 607.75.
    Case(
      la: "332", indicator: .referralsRate,
      neighbours: [
        ("384", 644.3), ("894", 321.1), ("808", 878.2), ("372", 488.7), ("370", 625.7), ("887", 729.2),
        ("357", 934.4), ("888", 304.1), ("841", 490.5), ("925", 589.8),
      ], mean: 600.6, median: 607.75),
    // 18.5 + 15.8 + 28.8 + 19.6 + 25.5 + 24.8 + 27.7 + 16.3 + 13 + 22.9 = 212.9; ÷ 10 = 21.29.
    // Middle 19.6, 22.9 → 21.25.
    Case(
      la: "332", indicator: .rereferrals12m,
      neighbours: [
        ("384", 18.5), ("894", 15.8), ("808", 28.8), ("372", 19.6), ("370", 25.5), ("887", 24.8), ("357", 27.7),
        ("888", 16.3), ("841", 13), ("925", 22.9),
      ], mean: 21.29, median: 21.25),
    // 86.3 + 49.9 + 79.9 + 66 + 68.3 + 58.7 + 104.3 + 46 + 50.1 + 37.6 = 647.1; ÷ 10 = 64.71. Middle 58.7, 66 → 62.35.
    Case(
      la: "332", indicator: .cppStartedRate,
      neighbours: [
        ("384", 86.3), ("894", 49.9), ("808", 79.9), ("372", 66), ("370", 68.3), ("887", 58.7), ("357", 104.3),
        ("888", 46), ("841", 50.1), ("925", 37.6),
      ], mean: 64.71, median: 62.35),
    // 589.8 + 648.9 + 479.7 + 524.4 + 490.5 + 878.2 + 644.3 + 372.4 + 510.2 + 479.4 = 5617.8; ÷ 10 = 561.78.
    // Middle 510.2, 524.4 → 1034.6 ÷ 2 = 517.3.
    Case(
      la: "888", indicator: .referralsRate,
      neighbours: [
        ("925", 589.8), ("351", 648.9), ("332", 479.7), ("884", 524.4), ("841", 490.5), ("808", 878.2),
        ("384", 644.3), ("891", 372.4), ("929", 510.2), ("359", 479.4),
      ], mean: 561.78, median: 517.3),
    // 22.9 + 26 + 22.5 + 14.8 + 13 + 28.8 + 18.5 + 23.1 + 20 + 19.7 = 209.3; ÷ 10 = 20.93. Middle 20, 22.5 → 21.25.
    Case(
      la: "888", indicator: .rereferrals12m,
      neighbours: [
        ("925", 22.9), ("351", 26), ("332", 22.5), ("884", 14.8), ("841", 13), ("808", 28.8), ("384", 18.5),
        ("891", 23.1), ("929", 20), ("359", 19.7),
      ], mean: 20.93, median: 21.25),
    // 37.6 + 65.7 + 44.9 + 58.7 + 50.1 + 79.9 + 86.3 + 42.4 + 78.6 + 51.5 = 595.7; ÷ 10 = 59.57.
    // Middle 51.5, 58.7 → 55.1.
    Case(
      la: "888", indicator: .cppStartedRate,
      neighbours: [
        ("925", 37.6), ("351", 65.7), ("332", 44.9), ("884", 58.7), ("841", 50.1), ("808", 79.9), ("384", 86.3),
        ("891", 42.4), ("929", 78.6), ("359", 51.5),
      ], mean: 59.57, median: 55.1),
  ]

  @Test(arguments: cases)
  func neighbourMeanAndMedianMatchThePublishedFigures(c: Case) throws {
    let (row, neighbours) = try #require(
      Benchmarking.compare(la: LACode(c.la)!, indicatorID: c.indicator, year: 2025, version: .v2025, average: .mean))
    #expect(neighbours.map(\.la.value) == c.neighbours.map(\.0))
    #expect(neighbours.map(\.rank) == Array(1...10))
    #expect(neighbours.map { $0.value?.number } == c.neighbours.map(\.1))
    #expect(row.snCount == 10)
    #expect(row.snLeftOut == 0)
    #expect(abs(try #require(row.snMean) - c.mean) < 1e-9)
    #expect(abs(try #require(row.snMedian) - c.median) < 1e-9)
  }

  @Test func rankBandAndVersusOfRealLAs() throws {
    // rereferrals_12m 2024-25 (low): 153 LA rows, all numeric; 100 are below Bexley's 21.9, so rank 101 of 153.
    // Type-7 quartiles of the 153 values (h = 38, 76, 114, whole): Q25 16.9, Q50 20, Q75 23; 20 < 21.9 ≤ 23 → C.
    // Neighbour mean 20.93 (above); neighbours' sd 3.81, SE 3.81 ÷ √10 = 1.20; |21.9 − 20.93| = 0.97 → similar.
    let (bexley, _) = try #require(
      Benchmarking.compare(
        la: LACode("303")!, indicatorID: .rereferrals12m, year: 2025, version: .v2025, average: .mean))
    #expect(bexley.laPublished == .number(21.9, text: "21.9"))
    #expect(bexley.rank == 101 && bexley.rankOf == 153)
    #expect(bexley.quartileBand == "C")
    #expect(bexley.versusSN == "similar")
    #expect(bexley.england == .number(22.6, text: "22.6"))

    // assessments_45wd 2024-25 (high): 152 numeric (City of London 201 is "-"); 35 above Lancashire's 92.2 → rank 36.
    // Quartiles Q25 78.55, Q50 85.35, Q75 91.4; 92.2 > Q75 → A (best) for high polarity.
    let (lancashire, _) = try #require(
      Benchmarking.compare(
        la: LACode("888")!, indicatorID: .assessments45wd, year: 2025, version: .v2025, average: .median))
    #expect(lancashire.rank == 36 && lancashire.rankOf == 152)
    #expect(lancashire.quartileBand == "A")
    #expect(lancashire.average == .median)

    // referrals_rate has polarity none: no rank, band or comparison.
    let (dudley, _) = try #require(
      Benchmarking.compare(
        la: LACode("332")!, indicatorID: .referralsRate, year: 2025, version: .v2025, average: .mean))
    #expect(dudley.rank == nil && dudley.rankOf == nil && dudley.quartileBand == nil && dudley.versusSN == nil)
  }

  @Test func reorganisedNeighbourIsLeftOutNotZero() throws {
    // Derbyshire 830's 2021 list has Cumbria 909 at rank 5; 909 has no 2024-25 row (replaced by 942 and 943).
    // rereferrals_12m 2024-25, the other nine: 891 23.1, 888 16.3, 860 14.2, 925 22.9, 885 17.8, 940 23.9,
    // 896 23, 359 19.7, 886 21.6. Sum 182.5, ÷ 9 = 20.2777…; sorted, the 5th of 9 is 21.6.
    let (row, neighbours) = try #require(
      Benchmarking.compare(
        la: LACode("830")!, indicatorID: .rereferrals12m, year: 2025, version: .v2021, average: .mean))
    let cumbria = try #require(neighbours.first { $0.la.value == "909" })
    #expect(cumbria.rank == 5)
    #expect(cumbria.value == nil)
    #expect(row.snCount == 9)
    #expect(row.snLeftOut == 1)
    #expect(abs(try #require(row.snMean) - 182.5 / 9) < 1e-9)
    #expect(row.snMedian == 21.6)
    // 28.9 is 8.6 above the mean; SE of the nine ≈ 1.16, so worse (low polarity).
    #expect(row.versusSN == "worse")
  }

  @Test func aLondonBoroughIsComparedWithInnerOrOuterLondon() throws {
    // referrals_rate 2024-25: Outer London 524.6, Inner London 607.1, London 552.1, England 519.4.
    let (bexley, _) = try #require(
      Benchmarking.compare(
        la: LACode("303")!, indicatorID: .referralsRate, year: 2025, version: .v2025, average: .mean))
    #expect(bexley.regionCode == "E13000002")
    #expect(bexley.regionName == "Outer London")
    #expect(bexley.region == .number(524.6, text: "524.6"))
    #expect(bexley.england == .number(519.4, text: "519.4"))
    let (camden, _) = try #require(
      Benchmarking.compare(
        la: LACode("202")!, indicatorID: .referralsRate, year: 2025, version: .v2025, average: .mean))
    #expect(camden.regionCode == "E13000001")
    #expect(camden.region == .number(607.1, text: "607.1"))
  }

  @Test(arguments: SNVersion.allCases)
  func everyLAWithNeighboursCanBeBenchmarked(version: SNVersion) throws {
    let codes = ReferenceData.laCodesWithNeighbours(version: version)
    #expect(codes.count >= 150)
    for la in codes {
      let result = try Benchmarking.compare(la: la, years: nil, indicatorIDs: nil, version: version, average: .mean)
      #expect(!result.rows.isEmpty, "\(la)")
      #expect(result.neighbours.count == result.rows.count * 10, "\(la)")
      #expect(result.rows.allSatisfy { $0.snCount + $0.snLeftOut == 10 }, "\(la)")
    }
  }
}
