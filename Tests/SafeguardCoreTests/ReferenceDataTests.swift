import Testing

@testable import SafeguardCore

/// Choice of the 0–17 population estimate for a rate, and the bank-holiday table.
///
/// Figures for area 332 from Reference/Population0to17.swift: mid-2023 70,105; mid-2024 71,124;
/// no mid-2025 row.
@Suite struct ReferenceDataTests {
  @Test(
    "the mid-year estimate inside the twelve months, or the latest earlier one marked provisional",
    arguments: [
      ("2024-25", 2024, 71124, false),  // 30 June 2024 is inside April 2024 – March 2025
      ("2025-26", 2024, 71124, true),  // mid-2025 not yet published
      ("R12-2024-12", 2024, 71124, false),  // January – December 2024
      ("R12-2024-06", 2024, 71124, false),  // July 2023 – June 2024 ends on 30 June 2024
      ("R12-2024-05", 2023, 70105, false),  // June 2023 – May 2024
      ("2023-24", 2023, 70105, false),
    ])
  func population(label: String, midYear: Int, value: Int, provisional: Bool) throws {
    let p = try #require(ReferenceData.population0to17(area: "332", for: try Period.parse(label)))
    #expect(p == PopulationEstimate(midYear: midYear, population: value, provisional: provisional))
  }

  @Test func unknownAreaHasNoPopulation() {
    #expect(ReferenceData.population0to17(area: "999", for: .financialYear(2024)) == nil)
    #expect(ReferenceData.population0to17(area: "", for: .financialYear(2024)) == nil)
  }

  @Test func bankHolidayTable() throws {
    let days = Set(ReferenceData.bankHolidays.map(\.day))
    #expect(days.contains(try #require(Day(iso: "2024-12-25"))))
    #expect(days.contains(try #require(Day(iso: "2020-05-08"))))  // VE Day
    #expect(days.contains(try #require(Day(iso: "2025-04-18"))))  // Good Friday 2025
    #expect(!days.contains(try #require(Day(iso: "2024-12-24"))))
    #expect(ReferenceData.bankHolidayYears.contains(2020))
    #expect(ReferenceData.bankHolidayYears.contains(2026))
    // Ascending, as the calendar's binary search assumes of its own sorted copy.
    let serials = ReferenceData.bankHolidays.map(\.day.serial)
    #expect(serials == serials.sorted())
  }
}
