import SafeguardCore
import Testing

@testable import Benchmark

/// The arithmetic of the benchmark table over plain numbers, with hand-worked expected values.
@Suite struct BenchmarkMathTests {
  // MARK: Mean and median

  @Test func meanAndMedianOfAnOddCount() {
    // 2 + 4 + 9 = 15, ÷ 3 = 5; sorted 2, 4, 9: the middle one is 4.
    #expect(Benchmarking.mean([9, 2, 4]) == 5)
    #expect(Benchmarking.median([9, 2, 4]) == 4)
  }

  @Test func meanAndMedianOfAnEvenCount() {
    // 4 + 1 + 3 + 2 = 10, ÷ 4 = 2.5; sorted 1, 2, 3, 4: (2 + 3) ÷ 2 = 2.5.
    #expect(Benchmarking.mean([4, 1, 3, 2]) == 2.5)
    #expect(Benchmarking.median([4, 1, 3, 2]) == 2.5)
    // 1, 1, 1, 9: mean 12 ÷ 4 = 3, median (1 + 1) ÷ 2 = 1.
    #expect(Benchmarking.mean([1, 9, 1, 1]) == 3)
    #expect(Benchmarking.median([1, 9, 1, 1]) == 1)
  }

  @Test func meanAndMedianOfOneValueAndOfNone() {
    #expect(Benchmarking.mean([7.5]) == 7.5)
    #expect(Benchmarking.median([7.5]) == 7.5)
    #expect(Benchmarking.mean([]) == nil)
    #expect(Benchmarking.median([]) == nil)
  }

  // MARK: Type-7 quantiles

  @Test(arguments: [(0.0, 1.0), (0.25, 1.75), (0.5, 2.5), (0.75, 3.25), (1.0, 4.0)])
  func quantilesOfFourValues(p: Double, expected: Double) {
    // h = (n − 1)·p = 3p. Q25: h = 0.75, 0.25·1 + 0.75·2 = 1.75. Q50: h = 1.5, 0.5·2 + 0.5·3 = 2.5.
    // Q75: h = 2.25, 0.75·3 + 0.25·4 = 3.25. All exact in binary.
    #expect(Benchmarking.quantile([1, 2, 3, 4], p) == expected)
  }

  @Test(arguments: [(0.25, 7.0), (0.5, 8.0), (0.75, 15.0)])
  func quartilesOfFiveValuesFallOnOrderStatistics(p: Double, expected: Double) {
    // n = 5, h = 4p is whole for the quartiles: Q25 = x[1] = 7, Q50 = x[2] = 8, Q75 = x[3] = 15.
    #expect(Benchmarking.quantile([3, 7, 8, 15, 20], p) == expected)
  }

  @Test func quantilesOfFiveValuesBetweenOrderStatistics() {
    // numpy.quantile([3, 7, 8, 15, 20], [0.1, 0.9]) = [4.6, 18].
    // p = 0.1: h = 0.4, 0.6·3 + 0.4·7 = 1.8 + 2.8 = 4.6. p = 0.9: h = 3.6, 0.4·15 + 0.6·20 = 6 + 12 = 18.
    #expect(abs(Benchmarking.quantile([3, 7, 8, 15, 20], 0.1) - 4.6) < 1e-12)
    #expect(abs(Benchmarking.quantile([3, 7, 8, 15, 20], 0.9) - 18) < 1e-12)
  }

  @Test func quantileBetweenEqualValuesIsThatValue() {
    // [1, 2, 2, 3], Q50: h = 1.5 between x[1] = 2 and x[2] = 2, so exactly 2 (R skips the interpolation).
    #expect(Benchmarking.quantile([1, 2, 2, 3], 0.5) == 2)
    #expect(Benchmarking.quantile([5], 0.25) == 5)
  }

  // MARK: Quartile bands

  @Test(arguments: [
    (1.0, "A"), (1.75, "A"), (1.76, "B"), (2.5, "B"), (2.51, "C"), (3.25, "C"), (3.26, "D"), (4.0, "D"),
  ])
  func lowPolarityBandsAtTheBoundariesOfFourValues(value: Double, band: String) {
    // [1, 2, 3, 4]: Q25 = 1.75, Q50 = 2.5, Q75 = 3.25; a value on a boundary is in the lower (better) quartile.
    #expect(Benchmarking.quartileBand(of: value, among: [4, 3, 2, 1], polarity: .low) == band)
  }

  @Test(arguments: [
    (1.0, "D"), (1.75, "D"), (1.76, "C"), (2.5, "C"), (2.51, "B"), (3.25, "B"), (3.26, "A"), (4.0, "A"),
  ])
  func highPolarityBandsAtTheBoundariesOfFourValues(value: Double, band: String) {
    // Same boundaries; for high polarity a value on a boundary is in the lower (worse) quartile.
    #expect(Benchmarking.quartileBand(of: value, among: [4, 3, 2, 1], polarity: .high) == band)
  }

  @Test(arguments: [(10.0, "A", "D"), (20.0, "A", "D"), (30.0, "B", "C"), (40.0, "C", "B"), (50.0, "D", "A")])
  func bandsOfValuesOnTheOrderStatistics(value: Double, low: String, high: String) {
    // [10, 20, 30, 40, 50]: Q25 = 20, Q50 = 30, Q75 = 40 (h = 1, 2, 3), each an LA's own value.
    let all: [Double] = [50, 10, 40, 20, 30]
    #expect(Benchmarking.quartileBand(of: value, among: all, polarity: .low) == low)
    #expect(Benchmarking.quartileBand(of: value, among: all, polarity: .high) == high)
  }

  @Test func noBandWithFewerThanFourLAs() {
    for polarity in [Polarity.low, .high] {
      #expect(Benchmarking.quartileBand(of: 2, among: [1, 2, 3], polarity: polarity) == nil)
      #expect(Benchmarking.quartileBand(of: 2, among: [], polarity: polarity) == nil)
      #expect(Benchmarking.quartileBand(of: 2, among: [1, 2, 3, 4], polarity: polarity) != nil)
    }
  }

  // MARK: Rank

  @Test(arguments: [(10.0, 1), (20.0, 2), (30.0, 4)])
  func lowPolarityRanksAscendingWithTiesSharingTheLowestRank(value: Double, expected: Int) {
    let r = Benchmarking.rank(of: value, among: [20, 10, 30, 20], polarity: .low)
    #expect(r?.rank == expected)
    #expect(r?.of == 4)
  }

  @Test(arguments: [(30.0, 1), (20.0, 2), (10.0, 4)])
  func highPolarityRanksDescendingWithTiesSharingTheLowestRank(value: Double, expected: Int) {
    let r = Benchmarking.rank(of: value, among: [20, 10, 30, 20], polarity: .high)
    #expect(r?.rank == expected)
    #expect(r?.of == 4)
  }

  // MARK: Polarity none

  @Test func polarityNoneHasNoRankBandOrComparison() {
    let all: [Double] = [10, 20, 30, 40, 50]
    #expect(Benchmarking.rank(of: 30, among: all, polarity: .none) == nil)
    #expect(Benchmarking.quartileBand(of: 30, among: all, polarity: .none) == nil)
    #expect(Benchmarking.versus(value: 30, neighbours: all, average: 30, polarity: .none) == nil)
  }

  // MARK: versus_sn

  @Test(arguments: [
    (11.0, "similar", "similar"), (9.0, "similar", "similar"), (11.5, "worse", "better"), (8.5, "better", "worse"),
  ])
  func versusUsesTheStandardErrorOfTheNeighboursMean(value: Double, low: String, high: String) {
    // Neighbours 9, 9, 9, 13: mean 40 ÷ 4 = 10; deviations −1, −1, −1, 3, squares sum to 12;
    // sample variance 12 ÷ 3 = 4, sd 2, SE = 2 ÷ √4 = 1. Similar when |value − 10| ≤ 1 (11 is on the edge).
    let n: [Double] = [9, 9, 13, 9]
    #expect(Benchmarking.versus(value: value, neighbours: n, average: 10, polarity: .low) == low)
    #expect(Benchmarking.versus(value: value, neighbours: n, average: 10, polarity: .high) == high)
  }

  @Test func versusTheMedianUsesTheSameStandardError() {
    // Same neighbours: median (9 + 9) ÷ 2 = 9, SE still 1. 10 is similar; 10.5 is 1.5 above, worse for low.
    let n: [Double] = [9, 9, 13, 9]
    let median = Benchmarking.median(n)!
    #expect(median == 9)
    #expect(Benchmarking.versus(value: 10, neighbours: n, average: median, polarity: .low) == "similar")
    #expect(Benchmarking.versus(value: 10.5, neighbours: n, average: median, polarity: .low) == "worse")
  }

  @Test func versusWithThreeNeighbours() {
    // 10, 12, 14: mean 12, squares 4 + 0 + 4 = 8, variance 8 ÷ 2 = 4, sd 2, SE = 2 ÷ √3 ≈ 1.1547.
    let n: [Double] = [10, 12, 14]
    #expect(Benchmarking.versus(value: 13.15, neighbours: n, average: 12, polarity: .high) == "similar")
    #expect(Benchmarking.versus(value: 13.16, neighbours: n, average: 12, polarity: .high) == "better")
    #expect(Benchmarking.versus(value: 10.84, neighbours: n, average: 12, polarity: .high) == "worse")
  }

  @Test(arguments: [
    (210.0, "similar", "similar"), (190.0, "similar", "similar"), (211.0, "worse", "better"),
    (189.0, "better", "worse"),
  ])
  func versusOneNeighbourUsesFivePercent(value: Double, low: String, high: String) {
    // One neighbour value: no standard error, so similar within 5% of 200 = 10 (0.05 × 200 is exactly 10.0).
    #expect(Benchmarking.versus(value: value, neighbours: [200], average: 200, polarity: .low) == low)
    #expect(Benchmarking.versus(value: value, neighbours: [200], average: 200, polarity: .high) == high)
  }

  @Test func versusIdenticalNeighboursIsSimilarOnlyWhenEqual() {
    // 5, 5: sd 0, SE 0; only the average itself is similar.
    #expect(Benchmarking.versus(value: 5, neighbours: [5, 5], average: 5, polarity: .low) == "similar")
    #expect(Benchmarking.versus(value: 5.1, neighbours: [5, 5], average: 5, polarity: .low) == "worse")
  }

  @Test func versusWithoutNeighbourValuesIsNil() {
    #expect(Benchmarking.versus(value: 5, neighbours: [], average: 5, polarity: .low) == nil)
  }
}
