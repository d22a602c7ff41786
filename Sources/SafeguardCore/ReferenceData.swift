/// Public reference facts the pipeline carries in its own files (see `Reference/`, each with
/// its source and licence), parsed once on first use.
public enum ReferenceData {
  /// England and Wales bank holidays.
  public static let bankHolidays: [(day: Day, name: String)] = rows(bankHolidaysCSV, ",", maxSplits: 1).compactMap {
    parts in
    guard parts.count == 2, let d = Day(iso: String(parts[0])) else { return nil }
    return (d, String(parts[1]))
  }

  /// Parses every reference table now; each is otherwise parsed on its first use. A run calls
  /// this on a spare thread once the extracts are read, so the benchmark stage finds them ready.
  public static func prepare() {
    _ = WorkingDayCalendar.england
    _ = population
    _ = localAuthorities
    _ = neighbours2021
    _ = neighbours2025
    _ = publishedTable
    _ = publishedIndicatorIDs
    _ = publishedBreakdownTable
  }

  /// The non-empty lines of a generated table, each cut into its fields at `separator`.
  ///
  /// Cut on UTF-8 bytes, not on `Character`s: the tables have `\n` line ends and ASCII separators,
  /// and telling graphemes apart was most of the cost of reading them (about 300 million
  /// instructions for the six tables, on every run).
  /// - Parameters:
  ///   - maxSplits: at most this many cuts in a line; the rest of the line is its last field.
  ///   - omittingEmpty: leave out empty fields (as `split` does by default).
  static func rows(
    _ table: String, _ separator: Unicode.Scalar, maxSplits: Int = .max, omittingEmpty: Bool = true
  ) -> [[String]] {
    let bytes = Array(table.utf8)
    let newline = UInt8(ascii: "\n")
    let cut = UInt8(ascii: separator)
    var rows: [[String]] = []
    var fields: [String] = []
    var start = 0
    func field(_ end: Int) {
      if end > start || !omittingEmpty { fields.append(String(decoding: bytes[start..<end], as: UTF8.self)) }
      start = end + 1
    }
    var i = 0
    while i <= bytes.count {
      let b = i < bytes.count ? bytes[i] : newline
      if b == newline {
        if i > start || !fields.isEmpty { field(i) } else { start = i + 1 }
        if !fields.isEmpty { rows.append(fields) }
        fields = []
      } else if b == cut && fields.count < maxSplits {
        field(i)
      }
      i += 1
    }
    return rows
  }

  /// The first and last year the bank-holiday table covers.
  public static var bankHolidayYears: ClosedRange<Int> {
    (bankHolidays.first?.day.year ?? 2000)...(bankHolidays.last?.day.year ?? 2000)
  }

  /// 0–17 population by area and mid-year; nil values are published as not available.
  public static let population: [String: [Int: Int?]] = {
    var table: [String: [Int: Int?]] = [:]
    for p in rows(population0to17CSV, ",") {
      guard p.count == 3, let year = Int(p[1]) else { continue }
      table[String(p[0]), default: [:]][year] = Int(p[2])
    }
    return table
  }()
}

/// A 0–17 population estimate chosen for a rate.
public struct PopulationEstimate: Hashable, Sendable {
  public let midYear: Int
  public let population: Int
  /// True when the estimate for the period's own mid-year is not yet published and an earlier one stands in.
  public let provisional: Bool
}

extension ReferenceData {
  /// The 0–17 population for a rate over `period` (a twelve-month period).
  ///
  /// Uses the mid-year (30 June) estimate that falls inside the twelve months, as DfE does
  /// (for the year to 31 March 2025, mid-2024); when that estimate is not published, the latest
  /// earlier one, marked provisional. Nil when the area has no estimate at all.
  public static func population0to17(area: String, for period: Period) -> PopulationEstimate? {
    guard let years = population[area] else { return nil }
    let end = period.end
    // The 30 June inside [start, end].
    let midYear = end.month >= 6 && !(end.month == 6 && end.components.day < 30) ? end.year : end.year - 1
    if let p = years[midYear], let v = p {
      return PopulationEstimate(midYear: midYear, population: v, provisional: false)
    }
    let earlier = years.compactMap { (y, v) -> (Int, Int)? in v.map { (y, $0) } }.filter { $0.0 < midYear }.max {
      $0.0 < $1.0
    }
    return earlier.map { PopulationEstimate(midYear: $0.0, population: $0.1, provisional: true) }
  }
}
