import Benchmark
import SafeguardCore
import Testing

@testable import Report

/// `benchmark.csv` and `benchmark_neighbours.csv` with breakdown rows: the `breakdown` column at
/// the end, and the local share (not the count) beside D5's published shares.
@Suite struct BenchmarkBreakdownTableTests {
  static let year = Period.financialYear(2024)

  static func local(_ breakdown: String, _ n: Int, of d: Int, flags: Set<IndicatorFlag> = []) -> IndicatorValue {
    IndicatorValue(
      indicator: IndicatorCatalogue.named("cpp_at_end")!, breakdown: breakdown, period: year, column: year,
      numerator: n, denominator: d, figure: .count(n), flags: flags)
  }

  static func text(_ bytes: [UInt8]) -> [String] {
    String(decoding: bytes, as: UTF8.self).split(separator: "\r\n").map(String.init)
  }

  /// 3 of 40 children on a plan at 31 March 2025 for two years or more: a local share of 7.5,
  /// beside Dudley's published c and England's 2.3. The total row keeps its count, 40.
  @Test func localShareBesideThePublishedShare() throws {
    let la = try #require(LACode("332"))
    let (rows, neighbours) = try Benchmarking.compare(
      la: la, years: [2025], indicatorIDs: ["cpp_at_end"], version: .v2025, average: .mean)
    let values = [Self.local("", 40, of: 40), Self.local("duration=2y-plus", 3, of: 40)]
    var locals: [String: LocalComparison] = [:]
    for r in rows { locals[BenchmarkTables.key(r)] = BenchmarkTables.local(for: r, values: values, asked: Self.year) }
    let lines = Self.text(BenchmarkTables.benchmark(rows, local: locals, version: .v2025))
    #expect(lines[0].hasSuffix(",region_name,note,breakdown"))
    #expect(lines.count == 7)
    let total = lines[1].split(separator: ",", omittingEmptySubsequences: false)
    #expect(total[13] == "40" && total.last == "")
    let longest = lines[6].split(separator: ",", omittingEmptySubsequences: false)
    #expect(longest[4] == "c" && longest[9] == "2.3" && longest[13] == "7.5" && longest[14] == "2024-25")
    #expect(longest.last == "duration=2y-plus")
    #expect(longest[20] == "values are shares of the total in percent")
    // A band the run did not compute has no local value.
    let shortest = lines[2].split(separator: ",", omittingEmptySubsequences: false)
    #expect(shortest[13] == "" && shortest[20].hasSuffix("not computed from these extracts"))

    let neighbourLines = Self.text(BenchmarkTables.neighbours(neighbours))
    #expect(neighbourLines[0] == "indicator_id,comparator_year,sn_rank,la_code,la_name,value,breakdown")
    #expect(neighbourLines[1].hasSuffix(","))
    #expect(neighbourLines.last?.hasSuffix(",duration=2y-plus") == true)
  }

  /// A suppressed local group (publishing) shows c, never the share it would give away.
  @Test func suppressedLocalShare() throws {
    let la = try #require(LACode("332"))
    let (rows, _) = try Benchmarking.compare(
      la: la, years: [2025], indicatorIDs: ["cpp_at_end"], version: .v2025, average: .mean)
    let values = [Self.local("duration=2y-plus", 3, of: 40, flags: [.suppressed])]
    let locals = [BenchmarkTables.key(rows[5]): BenchmarkTables.local(for: rows[5], values: values, asked: Self.year)]
    let lines = Self.text(BenchmarkTables.benchmark([rows[5]], local: locals, version: .v2025))
    #expect(lines[1].split(separator: ",", omittingEmptySubsequences: false)[13] == "c")
  }

  /// The trend comparators come from the total rows only.
  @Test func trendComparatorsIgnoreGroups() throws {
    let la = try #require(LACode("332"))
    let (rows, _) = try Benchmarking.compare(
      la: la, years: [2025], indicatorIDs: ["cpp_at_end"], version: .v2025, average: .mean)
    let cells = try #require(BenchmarkTables.trendComparators(rows)[.cppAtEnd])
    #expect(cells[1].rendered == "49420")
  }
}
