import SafeguardCore
import Testing

@testable import Benchmark

/// The same-year ratio comparators and `cpp_at_end` by duration, benchmarked like every other
/// published indicator. Values worked by hand from DfE's counts in ../shared/reference/ees/raw
/// (c4 and d5, time_period 2025).
@Suite struct BreakdownComparisonTests {
  private func la(_ text: String) throws -> LACode { try #require(LACode(text)) }

  /// Dudley (332) 2024-25, ICPC ÷ Section47 × 100 from c4 for it and its 2025 neighbours:
  /// 384 727/2347 31.0, 894 229/537 42.6, 808 435/1137 38.3, 372 445/1268 35.1, 370 450/1438 31.3,
  /// 887 478/2172 22.0, 357 693/2225 31.1, 888 1374/2827 48.6, 841 141/403 35.0, 925 599/2084 28.7.
  /// Sum 343.7, mean 34.37; sorted middle 31.3 and 35.0, median 33.15. Polarity none: no rank or band.
  @Test func icpcPerS47ForDudley() throws {
    let (rows, neighbours) = try Benchmarking.compare(
      la: try la("332"), years: [2025], indicatorIDs: ["icpc_per_s47"], version: .v2025, average: .mean)
    let row = try #require(rows.first)
    #expect(rows.count == 1 && row.breakdown.isEmpty)
    #expect(row.laPublished?.text == "28.6")
    #expect(abs(try #require(row.snMean) - 34.37) < 1e-9)
    #expect(abs(try #require(row.snMedian) - 33.15) < 1e-9)
    #expect(row.snCount == 10 && row.snLeftOut == 0)
    #expect(row.region?.text == "31.3" && row.england?.text == "31.3")
    #expect(row.rank == nil && row.rankOf == nil && row.quartileBand == nil && row.versusSN == nil)
    #expect(
      neighbours.map { $0.value?.text } == ["31", "42.6", "38.3", "35.1", "31.3", "22", "31.1", "48.6", "35", "28.7"])
  }

  /// `cpp_at_end` gives its total row, then one row per D5 band in D5's order, compared on shares.
  /// 2 years or more, 2025: 332 c; neighbours 357 1.9, 888 2.9, 841 6.5, the other seven c:
  /// mean 11.3 ÷ 3 = 3.7667, snLeftOut 7; England 2.3.
  @Test func cppAtEndByDuration() throws {
    let (rows, neighbours) = try Benchmarking.compare(
      la: try la("332"), years: [2025], indicatorIDs: ["cpp_at_end"], version: .v2025, average: .mean)
    #expect(
      rows.map(\.breakdown) == [
        "", "duration=3m-or-less", "duration=3m-6m", "duration=6m-1y", "duration=1y-2y", "duration=2y-plus",
      ])
    #expect(rows.allSatisfy { $0.indicator.id == .cppAtEnd && $0.year == 2025 })
    #expect(rows[0].laPublished?.text == "237")
    #expect(rows[1].laPublished?.text == "30.8" && rows[1].england?.text == "31.5")
    let longest = rows[5]
    #expect(longest.laPublished == .token("c"))
    #expect(longest.snCount == 3 && longest.snLeftOut == 7)
    #expect(abs(try #require(longest.snMean) - 11.3 / 3) < 1e-9)
    #expect(longest.england?.text == "2.3")
    #expect(longest.rank == nil && longest.quartileBand == nil)
    // Ten neighbour values per row, each tagged with its row's breakdown.
    #expect(neighbours.count == 60)
    #expect(neighbours.suffix(10).allSatisfy { $0.breakdown == "duration=2y-plus" })
    #expect(neighbours.prefix(10).allSatisfy { $0.breakdown.isEmpty })
  }
}
