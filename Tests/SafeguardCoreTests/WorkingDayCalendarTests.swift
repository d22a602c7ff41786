import Testing

@testable import SafeguardCore

/// Working-day counts in England, with expected values counted by hand on a calendar.
@Suite struct WorkingDayCalendarTests {
  let calendar = WorkingDayCalendar.england
  func day(_ iso: String) -> Day { Day(iso: iso)! }

  @Test(
    "working days after the start up to and including the end",
    arguments: [
      ("2024-11-04", "2024-11-11", 5),  // Monday → next Monday
      ("2024-11-08", "2024-11-11", 1),  // Friday → Monday
      ("2024-11-09", "2024-11-10", 0),  // Saturday → Sunday
      ("2024-11-06", "2024-11-06", 0),  // same day
      ("2024-11-11", "2024-11-04", 0),  // end before start
      // 23, 24, 27, 30, 31 Dec and 2, 3 Jan; not 25, 26 Dec or 1 Jan.
      ("2024-12-20", "2025-01-03", 7),
      // Good Friday 18 April and Easter Monday 21 April 2025: only Tuesday 22nd counts.
      ("2025-04-17", "2025-04-22", 1),
      // Starting on a bank holiday (Christmas Day, Wednesday): 27, 30, 31 Dec, 2 Jan.
      ("2024-12-25", "2025-01-02", 4),
      // Ending on a bank holiday: 24 Dec counts, 25 Dec does not.
      ("2024-12-23", "2024-12-25", 1),
      // Leap day: Thursday 29 February and Friday 1 March.
      ("2024-02-28", "2024-03-01", 2),
      // VE Day Friday 8 May 2020 (the moved May Day): Thursday 7 → Monday 11 = 1.
      ("2020-05-07", "2020-05-11", 1),
      // Financial year 2024-25: 365 days after Sunday 31 March 2024 are 52 weeks from Monday
      // 1 April (260 weekdays) plus Monday 31 March 2025 = 261, less 7 bank holidays (1 Apr,
      // 6 May, 27 May, 26 Aug, 25 and 26 Dec 2024, 1 Jan 2025; Easter 2025 falls after 31 March).
      ("2024-03-31", "2025-03-31", 254),
    ])
  func workingDays(from: String, to: String, expected: Int) {
    #expect(calendar.workingDays(from: day(from), to: day(to)) == expected)
  }

  @Test func bankHolidays() {
    #expect(calendar.isBankHoliday(day("2024-12-25")))
    #expect(calendar.isBankHoliday(day("2020-05-08")))  // VE Day
    #expect(!calendar.isBankHoliday(day("2020-05-04")))  // May Day was moved that year
    #expect(!calendar.isWorkingDay(day("2024-12-26")))
    #expect(!calendar.isWorkingDay(day("2024-12-21")))  // Saturday
    #expect(calendar.isWorkingDay(day("2024-12-27")))
  }

  @Test func the45thAnd46thWorkingDay() {
    // From Monday 2 September 2024 (no bank holidays before Christmas): 45 working days is
    // nine whole weeks, Monday 4 November; the 46th is Tuesday 5 November.
    let start = day("2024-09-02")
    let d45 = calendar.adding(workingDays: 45, to: start)
    let d46 = calendar.adding(workingDays: 46, to: start)
    #expect(d45 == day("2024-11-04"))
    #expect(d46 == day("2024-11-05"))
    #expect(calendar.workingDays(from: start, to: d45) == 45)
    #expect(calendar.workingDays(from: start, to: d46) == 46)
    // The day before the 46th is still within 45.
    #expect(calendar.workingDays(from: start, to: d46.adding(days: -1)) == 45)
  }

  @Test func addingWorkingDaysSkipsHolidays() {
    // From Monday 23 December 2024: 24, 27, 30, 31 Dec, 2 Jan.
    #expect(calendar.adding(workingDays: 5, to: day("2024-12-23")) == day("2025-01-02"))
    #expect(calendar.adding(workingDays: 0, to: day("2024-12-25")) == day("2024-12-25"))
    // Across Christmas from Monday 25 November 2024, counting the days after it: 26–29 Nov = 4;
    // three weeks to Friday 20 Dec = 19; 23, 24, 27, 30, 31 Dec = 24; 2, 3 Jan = 26; three weeks
    // to Friday 24 Jan = 41; 27, 28, 29, 30 Jan = 45 (Thursday 30th); Friday 31st is the 46th.
    let start = day("2024-11-25")
    #expect(calendar.adding(workingDays: 45, to: start) == day("2025-01-30"))
    #expect(calendar.adding(workingDays: 46, to: start) == day("2025-01-31"))
    #expect(calendar.workingDays(from: start, to: day("2025-01-30")) == 45)
    #expect(calendar.workingDays(from: start, to: day("2025-01-31")) == 46)
  }

  /// workingDays agrees with counting each day in turn, for 500 pairs from a fixed seed.
  @Test func agreesWithNaiveCount() {
    var rng = SplitMix64(seed: 20_250_401)
    let first = day("2020-01-01")
    let span = first.days(to: day("2026-12-31"))
    for _ in 0..<500 {
      let a = first.adding(days: Int(rng.next() % UInt64(span + 1)))
      let b = a.adding(days: Int(rng.next() % 121) - 10)
      var naive = 0
      var d = a
      while d < b {
        d = d.adding(days: 1)
        if !d.isWeekend && !calendar.isBankHoliday(d) { naive += 1 }
      }
      #expect(calendar.workingDays(from: a, to: b) == naive, "\(a) → \(b)")
    }
  }
}

/// A small fixed-seed generator (Steele, Lea and Flood's SplitMix64).
struct SplitMix64 {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
