import Testing

@testable import SafeguardCore

/// Civil dates, weekdays and month arithmetic, with expected values worked by hand.
@Suite struct DayTests {
  @Test func civilRoundTripEveryDay1900To2100() {
    var expectedSerial = Int32(Day(year: 1900, month: 1, day: 1)!.serial)
    var failures = 0
    for year in 1900...2100 {
      let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
      let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
      for month in 1...12 {
        for d in 1...lengths[month - 1] {
          guard let day = Day(year: year, month: month, day: d) else {
            failures += 1
            continue
          }
          let c = day.components
          // Consecutive civil dates have consecutive serials.
          if day.serial != expectedSerial || c.year != year || c.month != month || c.day != d { failures += 1 }
          expectedSerial += 1
        }
      }
    }
    #expect(failures == 0)
  }

  @Test func knownSerials() {
    #expect(Day(year: 1970, month: 1, day: 1)?.serial == 0)
    #expect(Day(year: 1969, month: 12, day: 31)?.serial == -1)
    #expect(Day(year: 2000, month: 3, day: 1)?.serial == 11_017)  // 30 years × 365 + 7 leap days + 60
  }

  @Test(
    "dates that do not exist are nil",
    arguments: [(2024, 2, 31), (2023, 2, 29), (2024, 13, 1), (2024, 0, 1), (2024, 1, 0), (2024, 4, 31), (1900, 2, 29)])
  func invalid(year: Int, month: Int, day: Int) {
    #expect(Day(year: year, month: month, day: day) == nil)
  }

  @Test func leapDays() {
    #expect(Day(year: 2024, month: 2, day: 29) != nil)
    #expect(Day(year: 2000, month: 2, day: 29) != nil)  // divisible by 400
  }

  @Test(
    "weekday: 0 = Monday … 6 = Sunday",
    arguments: [
      ("2024-12-25", 2),  // Christmas Day 2024, a Wednesday
      ("2025-03-31", 0),  // a Monday
      ("1970-01-01", 3),  // a Thursday
      ("2024-02-29", 3),  // a Thursday
      ("2025-04-18", 4),  // Good Friday 2025
      ("2024-12-21", 5),  // Saturday
      ("2024-12-22", 6),  // Sunday
      ("1969-12-28", 6),  // a Sunday before the epoch
    ])
  func weekday(iso: String, weekday: Int) throws {
    let day = try #require(Day(iso: iso))
    #expect(day.weekday == weekday)
    #expect(day.isWeekend == (weekday >= 5))
  }

  @Test(
    "adding months clamps to the end of the target month",
    arguments: [
      ("2024-02-29", -12, "2023-02-28"),
      ("2024-01-31", 1, "2024-02-29"),
      ("2023-01-31", 1, "2023-02-28"),
      ("2023-03-31", 12, "2024-03-31"),
      ("2024-03-31", -1, "2024-02-29"),
      ("2024-12-15", 1, "2025-01-15"),
      ("2025-01-15", -1, "2024-12-15"),
      ("2024-05-31", -11, "2023-06-30"),
      ("2024-04-01", 0, "2024-04-01"),
      ("2024-04-01", -25, "2022-03-01"),
    ])
  func addingMonths(from: String, months: Int, expected: String) throws {
    #expect(try #require(Day(iso: from)).adding(months: months).iso == expected)
  }

  @Test func isoParsing() {
    #expect(Day(iso: "2024-04-01") == Day(year: 2024, month: 4, day: 1))
    #expect(Day(iso: "2024-4-01") == nil)
    #expect(Day(iso: "01/04/2024") == nil)
    #expect(Day(iso: "2024-02-30") == nil)
    #expect(Day(year: 987, month: 6, day: 5)?.iso == "0987-06-05")
  }

  @Test func daysBetween() throws {
    let a = try #require(Day(iso: "2024-02-28"))
    let b = try #require(Day(iso: "2024-03-01"))
    #expect(a.days(to: b) == 2)
    #expect(b.days(to: a) == -2)
    #expect(a.adding(days: 2) == b)
    #expect(a < b)
  }
}
