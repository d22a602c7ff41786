import SafeguardCore

/// The date spellings the synthetic exports use, and age in whole years.
enum DateText {
  /// `31/12/2024`, the Annex A template's format.
  static func dmy(_ d: Day) -> String {
    let (y, m, dd) = d.components
    return two(dd) + "/" + two(m) + "/" + String(y)
  }

  /// `3/7/2023`, day first without padding, as a spreadsheet re-save writes it.
  static func dmyUnpadded(_ d: Day) -> String {
    let (y, m, dd) = d.components
    return "\(dd)/\(m)/\(y)"
  }

  /// `2024-12-31`.
  static func iso(_ d: Day) -> String { d.iso }

  static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }

  /// Whole years from `dob` to `day` (a birthday counts from the day itself).
  static func age(_ dob: Day, at day: Day) -> Int {
    let b = dob.components
    let e = day.components
    var years = e.year - b.year
    if (e.month, e.day) < (b.month, b.day) { years -= 1 }
    return years
  }

  /// The financial year label (`2024-25`) a day falls in.
  static func financialYear(_ d: Day) -> String {
    let (y, m, _) = d.components
    let start = m >= 4 ? y : y - 1
    return "\(start)-" + String(start + 1).suffix(2)
  }

  /// The quarter label (`2024-25-Q3`) a day falls in.
  static func quarter(_ d: Day) -> String {
    let m = d.components.month
    return financialYear(d) + "-Q\((m + 8) % 12 / 3 + 1)"
  }

  /// The day an Excel (1900 date system) serial number stands for, from 1 March 1900 on.
  static func excelSerialDay(_ serial: Int) -> Day { Day(serial: Int32(serial - 25_569)) }
}

/// Date-times as minutes since 1970-01-01 00:00, the unit the missing fixtures work in.
extension DateText {
  static func minutes(_ d: Day, _ hour: Int, _ minute: Int) -> Int64 {
    Int64(d.serial) * 1_440 + Int64(hour * 60 + minute)
  }

  static func day(_ m: Int64) -> Day { Day(serial: Int32(m / 1_440)) }

  /// `31/12/2024 23:05`.
  static func dmyHM(_ m: Int64) -> String { dmy(day(m)) + " " + hm(m) }

  /// `2024-12-31 23:05:00`.
  static func isoHMS(_ m: Int64) -> String { iso(day(m)) + " " + hm(m) + ":00" }

  /// `2024-12-31 23:05`, as `DayTime` prints it.
  static func isoHM(_ m: Int64) -> String { iso(day(m)) + " " + hm(m) }

  private static func hm(_ m: Int64) -> String {
    let t = Int(m % 1_440)
    return two(t / 60) + ":" + two(t % 60)
  }
}

extension DateText {
  /// A date written `dd/mm/yyyy`, `d/m/yyyy` or `yyyy-mm-dd` that exists, from 1900 to 2100; nil
  /// for anything else (an impossible date stays text in a workbook, as Excel keeps it).
  static func parse(_ s: String) -> (year: Int, month: Int, day: Int)? {
    let parts: [Substring]
    let ymd: Bool
    if s.contains("/") {
      parts = s.split(separator: "/", omittingEmptySubsequences: false)
      ymd = false
    } else {
      parts = s.split(separator: "-", omittingEmptySubsequences: false)
      ymd = true
    }
    guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
    else { return nil }
    let n = parts.map { Int($0)! }
    let (y, m, d) = ymd ? (n[0], n[1], n[2]) : (n[2], n[1], n[0])
    let widthsOK =
      ymd
      ? parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
      : parts[0].count <= 2 && parts[1].count <= 2 && parts[2].count == 4
    guard widthsOK, y >= 1900, y <= 2100, Day(year: y, month: m, day: d) != nil else { return nil }
    return (y, m, d)
  }
}
