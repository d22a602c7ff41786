/// Working days: Monday to Friday, excluding England and Wales bank holidays.
///
/// A duration counts the days after the start up to and including the end, so a Monday start
/// and the following Monday end is 5 working days; an end on or before the start is 0.
/// Outside the years the bank-holiday table covers, only weekends are excluded.
public struct WorkingDayCalendar: Sendable {
  private let holidays: Set<Int32>
  /// Bank holidays that fall on a weekday, ascending, for counting by binary search.
  private let weekdayHolidays: [Int32]
  /// Years the holiday list covers.
  public let coveredYears: ClosedRange<Int>

  public init(holidays: [Day], coveredYears: ClosedRange<Int>) {
    self.holidays = Set(holidays.map(\.serial))
    self.weekdayHolidays = holidays.filter { !$0.isWeekend }.map(\.serial).sorted()
    self.coveredYears = coveredYears
  }

  /// The calendar from the project's bank-holiday file.
  public static let england = WorkingDayCalendar(
    holidays: ReferenceData.bankHolidays.map(\.day), coveredYears: ReferenceData.bankHolidayYears)

  public func isBankHoliday(_ day: Day) -> Bool { holidays.contains(day.serial) }

  public func isWorkingDay(_ day: Day) -> Bool { !day.isWeekend && !holidays.contains(day.serial) }

  /// Working days after `start` up to and including `end`.
  public func workingDays(from start: Day, to end: Day) -> Int {
    guard end > start else { return 0 }
    // Whole weeks contribute 5 each; walk the remainder.
    let total = start.days(to: end)
    var count = (total / 7) * 5
    var d = start.adding(days: (total / 7) * 7)
    while d < end {
      d = d.adding(days: 1)
      if !d.isWeekend { count += 1 }
    }
    return count - (countHolidays(upTo: end.serial) - countHolidays(upTo: start.serial))
  }

  /// Weekday bank holidays on or before `serial`.
  private func countHolidays(upTo serial: Int32) -> Int {
    var lo = 0
    var hi = weekdayHolidays.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if weekdayHolidays[mid] <= serial { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// The day `n` working days after `start` (n ≥ 0).
  public func adding(workingDays n: Int, to start: Day) -> Day {
    var d = start
    var left = n
    while left > 0 {
      d = d.adding(days: 1)
      if isWorkingDay(d) { left -= 1 }
    }
    return d
  }

  /// The day `n` working days before `day`, not counting `day` itself (n ≥ 0; 0 is `day`).
  public func subtracting(workingDays n: Int, from day: Day) -> Day {
    var d = day
    var left = n
    while left > 0 {
      d = d.adding(days: -1)
      if isWorkingDay(d) { left -= 1 }
    }
    return d
  }
}
