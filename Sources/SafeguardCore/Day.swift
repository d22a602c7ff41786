/// A calendar day with no time zone, stored as days since 1970-01-01.
///
/// Every date in the extracts is a civil date in England; times of day are kept
/// separately where a measure needs them. Four bytes per date keeps per-child state small.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before it).
  public let serial: Int32

  public init(serial: Int32) { self.serial = serial }

  /// The day for a civil date, or nil when the date does not exist (31/02/2024).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
    self.serial = Int32(Day.daysFromCivil(year, month, day))
  }

  public static func < (a: Day, b: Day) -> Bool { a.serial < b.serial }

  public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

  public static func daysIn(month m: Int, year y: Int) -> Int {
    switch m {
    case 2: return isLeap(y) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Howard Hinnant's days-from-civil algorithm (proleptic Gregorian).
  static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
    let y = m <= 2 ? y0 - 1 : y0
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (m + 9) % 12
    let doy = (153 * mp + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  /// Year, month and day of month.
  public var components: (year: Int, month: Int, day: Int) {
    let z = Int(serial) + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  public var year: Int { components.year }
  public var month: Int { components.month }

  /// 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
  public var weekday: Int { Int(((Int(serial) % 7) + 7 + 3) % 7) }

  public var isWeekend: Bool { weekday >= 5 }

  public func adding(days n: Int) -> Day { Day(serial: serial + Int32(n)) }

  /// The same day of the month `n` months later (earlier when negative); a day that does
  /// not exist in the target month becomes that month's last day (29 Feb 2024 − 12 months = 28 Feb 2023).
  public func adding(months n: Int) -> Day {
    let (y, m, d) = components
    let total = y * 12 + (m - 1) + n
    let ny = total >= 0 ? total / 12 : (total - 11) / 12
    let nm = total - ny * 12 + 1
    return Day(year: ny, month: nm, day: min(d, Day.daysIn(month: nm, year: ny)))!
  }

  /// Days from `self` to `other` (positive when `other` is later).
  public func days(to other: Day) -> Int { Int(other.serial - serial) }

  /// ISO 8601 `yyyy-mm-dd`.
  public var iso: String {
    let (y, m, d) = components
    return "\(Day.pad(y, 4))-\(Day.pad(m, 2))-\(Day.pad(d, 2))"
  }

  public var description: String { iso }

  static func pad(_ v: Int, _ width: Int) -> String {
    let s = String(v)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  }

  /// Parses exactly `yyyy-mm-dd`.
  public init?(iso text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
    else { return nil }
    self.init(year: y, month: m, day: d)
  }
}
