import SafeguardCore
import Testing

/// The breakdown groups at their edges, with hand-worked days.
@Suite struct BreakdownGroupsTests {
  static func day(_ iso: String) -> Day { Day(iso: iso)! }
  typealias Age = BreakdownGroups.Age

  @Test(arguments: [
    // (born, on, group): turning 1, 5, 10 and 16 on the referral date, and the day before.
    ("2023-06-10", "2024-06-10", Age.oneToFour), ("2023-06-10", "2024-06-09", .under1),
    ("2019-06-10", "2024-06-10", .fiveToNine), ("2019-06-10", "2024-06-09", .oneToFour),
    ("2014-06-10", "2024-06-10", .tenToFifteen), ("2014-06-10", "2024-06-09", .fiveToNine),
    ("2008-06-10", "2024-06-10", .sixteenPlus), ("2008-06-10", "2024-06-09", .tenToFifteen),
    ("2024-06-10", "2024-06-10", .under1),  // born on the day
    ("2024-06-11", "2024-06-10", .unborn),  // a date of birth after the day
    // 29 February: the birthday is 1 March in a year without one, 29 February in a leap year.
    ("2020-02-29", "2021-02-28", .under1), ("2020-02-29", "2021-03-01", .oneToFour),
    ("2020-02-29", "2025-02-28", .oneToFour), ("2020-02-29", "2025-03-01", .fiveToNine),
    ("2016-02-29", "2026-02-28", .fiveToNine), ("2016-02-29", "2026-03-01", .tenToFifteen),
    ("2012-02-29", "2022-02-28", .fiveToNine), ("2008-02-29", "2024-02-29", .sixteenPlus),
    ("2008-02-29", "2024-02-28", .tenToFifteen),
  ])
  func ageInCompletedYears(_ c: (String, String, Age)) {
    #expect(Age.of(birth: Self.day(c.0), on: Self.day(c.1)) == c.2)
  }

  @Test func anUnbornChildHasOnlyAnExpectedDate() {
    let on = Self.day("2024-06-10")
    #expect(Age.of(birth: nil, expected: Self.day("2024-08-01"), on: on) == .unborn)
    // Expected before the day with no date of birth: neither date says how old the child is.
    #expect(Age.of(birth: nil, expected: Self.day("2024-05-01"), on: on) == .unknown)
    #expect(Age.of(birth: nil, on: on) == .unknown)
    // A date of birth wins over an expected date.
    #expect(Age.of(birth: Self.day("2020-01-01"), expected: Self.day("2024-08-01"), on: on) == .oneToFour)
    #expect(Age.allCases.map(\.rawValue) == ["unborn", "under-1", "1-4", "5-9", "10-15", "16-plus", "unknown"])
  }

  @Test(arguments: [
    ("F", "F"), ("FEMALE", "F"), ("2", "F"), ("M", "M"), ("MALE", "M"), ("1", "M"), ("U", "U"),
    ("UNKNOWN", "U"), ("0", "U"), ("9", "U"), ("", "U"), ("X", "U"),
  ])
  func sexSpellings(code: String, group: String) {
    #expect(BreakdownGroups.Sex.of(code).rawValue == group)
    #expect(BreakdownGroups.Sex.of(nil) == .unknown)
  }

  @Test(arguments: [
    ("WBRI", "white"), ("WROM", "white"), ("MWBC", "mixed"), ("MOTH", "mixed"), ("AIND", "asian"), ("AOTH", "asian"),
    ("BCRB", "black"), ("BOTH", "black"), ("CHNE", "other"), ("OOTH", "other"), ("REFU", "unknown"),
    ("NOBT", "unknown"), ("", "unknown"), ("WBR", "unknown"),
  ])
  func ethnicityMajorGroups(code: String, group: String) {
    #expect(BreakdownGroups.Ethnicity.of(code).rawValue == group)
  }

  @Test func disabilityFromAnAnswerOrCensusCodes() {
    typealias D = BreakdownGroups.Disability
    #expect([D.of(.yes), D.of(.no), D.of(.unknown)] == [.yes, .no, .unknown])
    #expect(D.of(censusCodes: ["NONE"]) == .no && D.of(censusCodes: ["NONE", "MOB"]) == .yes)
    #expect(D.of(censusCodes: []) == .unknown)
  }

  @Test func sourcesInCodeListOrderThenUnknown() {
    typealias S = BreakdownGroups.Source
    #expect(S.groups.first == "1A" && S.groups.last == "unknown" && S.groups.count == 23)
    #expect(S.of("6") == "6" && S.of("10") == "10" && S.of("NEIGHBOUR") == "unknown" && S.of(nil) == "unknown")
  }

  @Test(arguments: [
    // (plan start, period end, band): exactly 3 and 6 months, 1 and 2 years, and a day more.
    ("2024-10-31", "2025-01-31", BreakdownGroups.Duration.upTo3Months),
    ("2024-10-30", "2025-01-31", .upTo6Months),
    ("2024-07-31", "2025-01-31", .upTo6Months), ("2024-07-30", "2025-01-31", .under1Year),
    ("2024-01-31", "2025-01-31", .under2Years), ("2024-02-01", "2025-01-31", .under1Year),
    ("2023-01-31", "2025-01-31", .twoYearsPlus), ("2023-02-01", "2025-01-31", .under2Years),
    // 31 January + 1 month is the month's last day: 30 November + 3 months is 29 February 2024.
    ("2023-11-30", "2024-02-29", .upTo3Months), ("2023-11-29", "2024-02-29", .upTo3Months),
    ("2023-11-28", "2024-02-29", .upTo6Months),
    ("2025-01-31", "2025-01-31", .upTo3Months),
  ])
  func planDurationBands(_ c: (String, String, BreakdownGroups.Duration)) {
    #expect(BreakdownGroups.Duration.of(start: Self.day(c.0), at: Self.day(c.1)) == c.2)
  }
}
