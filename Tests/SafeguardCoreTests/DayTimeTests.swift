import Testing

@testable import SafeguardCore

@Suite("Date-times in the missing extracts")
struct DayTimeTests {
  let day = Day(year: 2024, month: 12, day: 31)!

  @Test("A date-only value sorts at the start of its day and reads as 00:00 or 23:59")
  func dateOnly() {
    let d = DayTime(day: day)
    #expect(!d.hasTime)
    #expect(d < DayTime(day: day, hour: 0, minute: 0)!)
    #expect(d.minutes() == Int64(day.serial) * 1440)
    #expect(d.minutes(endOfDayWhenNoTime: true) == Int64(day.serial) * 1440 + 1439)
    #expect(d.description == "2024-12-31")
  }

  @Test("Hours and minutes are checked and printed with two digits")
  func withTime() {
    #expect(DayTime(day: day, hour: 24, minute: 0) == nil)
    #expect(DayTime(day: day, hour: 23, minute: 60) == nil)
    let t = DayTime(day: day, hour: 7, minute: 5)!
    #expect(t.description == "2024-12-31 07:05")
    #expect(t.minutes(endOfDayWhenNoTime: true) == Int64(day.serial) * 1440 + 425)
    let next = DayTime(day: Day(serial: day.serial + 1), hour: 0, minute: 0)!
    #expect(t < next)
    #expect(next.minutes() - t.minutes() == 1440 - 425)
  }
}
