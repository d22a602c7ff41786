import Testing

@testable import SafeguardCore

/// Period labels, bounds and neighbours, with expected values worked by hand.
@Suite struct PeriodTests {
  func day(_ iso: String) -> Day { Day(iso: iso)! }

  @Test(
    "each accepted label gives its exact first and last day",
    arguments: [
      ("2024-25", Period.Kind.financialYear, "2024-04-01", "2025-03-31"),
      ("2024-25-Q1", .quarter, "2024-04-01", "2024-06-30"),
      ("2024-25-Q2", .quarter, "2024-07-01", "2024-09-30"),
      ("2024-25-Q3", .quarter, "2024-10-01", "2024-12-31"),
      ("2024-25-Q4", .quarter, "2025-01-01", "2025-03-31"),
      ("2024-02", .month, "2024-02-01", "2024-02-29"),
      ("2023-02", .month, "2023-02-01", "2023-02-28"),
      ("2024-12", .month, "2024-12-01", "2024-12-31"),
      ("R12-2024-12", .rollingYear, "2024-01-01", "2024-12-31"),
      ("R12-2025-03", .rollingYear, "2024-04-01", "2025-03-31"),
      ("R12-2024-02", .rollingYear, "2023-03-01", "2024-02-29"),
      ("2099-00", .financialYear, "2099-04-01", "2100-03-31"),
    ])
  func parse(label: String, kind: Period.Kind, start: String, end: String) throws {
    let p = try Period.parse(label)
    #expect(p.kind == kind)
    #expect(p.start == day(start))
    #expect(p.end == day(end))
    #expect(p.label == label)
    #expect(p.description == label)
  }

  @Test func surroundingSpacesAreIgnored() throws {
    #expect(try Period.parse(" 2024-25-Q3\n") == .quarter(2024, 3))
  }

  @Test(
    "labels round-trip through parse",
    arguments: [
      Period.financialYear(2012), .financialYear(2024), .quarter(2023, 4), .quarter(2025, 1),
      .month(2012, 1), .month(2024, 2), .month(2030, 12), .rollingYear(endingYear: 2024, month: 5),
      .rollingYear(endingYear: 2025, month: 3),
    ])
  func roundTrip(period: Period) throws {
    #expect(try Period.parse(period.label) == period)
  }

  /// `yyyy-mm` is ambiguous when mm follows the year (2011-12): the documented rule reads it as
  /// the financial year, the form analysts use most. Only January 2000 to December 2011 are
  /// affected, years before any extract this tool reads.
  @Test(arguments: Array(2000...2011))
  func ambiguousLabelsAreFinancialYears(year: Int) throws {
    let label = Period.month(year, (year + 1) % 100).label
    #expect(try Period.parse(label) == .financialYear(year))
  }

  @Test(
    "rejected labels name the accepted forms",
    arguments: [
      "2024-26", "2024-25-Q5", "2024-25-Q0", "2024-13", "2024-00", "24-25", "2024/25", "Q3 2024", "",
      "2024-25-q3", "R12-2024-13", "R12-24-12", "2024-25-Q3-", "2024-1", "+024-25",
    ])
  func rejected(label: String) {
    do {
      _ = try Period.parse(label)
      Issue.record("'\(label)' was accepted")
    } catch {
      #expect(error.label == label)
      let text = error.description
      #expect(text.contains("'\(label)'"))
      for form in ["2024-25", "2024-25-Q3", "2024-12", "R12-2024-12"] { #expect(text.contains(form)) }
    }
  }

  @Test(
    "previous is the period of the same kind just before",
    arguments: [
      ("2024-25", "2023-24"),
      ("2000-01", "1999-00"),
      ("2024-25-Q3", "2024-25-Q2"),
      ("2024-25-Q1", "2023-24-Q4"),
      ("2024-25-Q4", "2024-25-Q3"),
      ("2025-01", "2024-12"),
      ("2024-03", "2024-02"),
      ("R12-2024-12", "R12-2024-11"),
      ("R12-2025-01", "R12-2024-12"),
      ("R12-2024-03", "R12-2024-02"),
    ])
  func previous(label: String, expected: String) throws {
    #expect(try Period.parse(label).previous.label == expected)
  }

  @Test func previousEndsTheDayBeforeForCalendarPeriods() throws {
    for label in ["2024-25", "2024-25-Q1", "2025-01", "2024-03"] {
      let p = try Period.parse(label)
      #expect(p.previous.end.adding(days: 1) == p.start, "\(label)")
      #expect(p.previous.kind == p.kind)
    }
    // A rolling year's predecessor is the twelve months ending a month earlier.
    let r = try Period.parse("R12-2024-03")
    #expect(r.previous.start == day("2023-03-01"))
    #expect(r.previous.end == day("2024-02-29"))
  }

  @Test func rollingYearOfAQuarter() throws {
    let r = try Period.parse("2024-25-Q3").rollingYear
    #expect(r.kind == .rollingYear)
    #expect(r.start == day("2024-01-01"))
    #expect(r.end == day("2024-12-31"))
    #expect(r.label == "R12-2024-12")
    let q1 = try Period.parse("2024-25-Q1").rollingYear
    #expect(q1.start == day("2023-07-01"))
    #expect(q1.end == day("2024-06-30"))
    // A year is its own rolling year.
    #expect(Period.financialYear(2024).rollingYear == .financialYear(2024))
    #expect(Period.month(2024, 2).rollingYear.label == "R12-2024-02")
  }

  @Test func quarterContaining31MarchAnd1April() {
    let march = Period.quarter(containing: day("2025-03-31"))
    #expect(march.label == "2024-25-Q4")
    #expect(march.start == day("2025-01-01"))
    let april = Period.quarter(containing: day("2025-04-01"))
    #expect(april.label == "2025-26-Q1")
    #expect(april.end == day("2025-06-30"))
    #expect(Period.quarter(containing: day("2024-12-31")).label == "2024-25-Q3")
    #expect(Period.quarter(containing: day("2025-01-01")).label == "2024-25-Q4")
  }

  @Test func containsBothEnds() throws {
    let q = try Period.parse("2024-25-Q4")
    #expect(q.contains(day("2025-01-01")))
    #expect(q.contains(day("2025-03-31")))
    #expect(!q.contains(day("2024-12-31")))
    #expect(!q.contains(day("2025-04-01")))
    let fy = Period.financialYear(2024)
    #expect(fy.contains(day("2024-04-01")) && fy.contains(day("2025-03-31")))
    #expect(!fy.contains(day("2024-03-31")) && !fy.contains(day("2025-04-01")))
  }

  @Test func financialYearOfAPeriod() throws {
    #expect(try Period.parse("2025-03").financialYear.label == "2024-25")
    #expect(try Period.parse("2025-04").financialYear.label == "2025-26")
    #expect(try Period.parse("R12-2024-12").financialYear.label == "2024-25")
    #expect(Period.financialYearStart(of: day("2025-03-31")) == 2024)
    #expect(Period.financialYearStart(of: day("2025-04-01")) == 2025)
  }

  @Test func monthsSpanned() throws {
    #expect(try Period.parse("2024-25").months == 12)
    #expect(try Period.parse("2024-25-Q2").months == 3)
    #expect(try Period.parse("2024-07").months == 1)
    #expect(try Period.parse("R12-2024-07").months == 12)
  }
}
