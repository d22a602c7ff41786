import SafeguardCore
import Testing

@testable import Ingest

private func date(_ s: String) -> DateField {
  Array(s.utf8).withUnsafeBufferPointer { FieldParsing.date($0) }
}

private func dateTime(_ s: String) -> DateTimeField {
  Array(s.utf8).withUnsafeBufferPointer { FieldParsing.dateTime($0) }
}

private func day(_ y: Int, _ m: Int, _ d: Int) -> DateField { .date(Day(year: y, month: m, day: d)!) }

@Suite struct DateParsingTests {
  @Test(arguments: [
    ("01/04/2024", 2024, 4, 1), ("1/4/2024", 2024, 4, 1), ("31/12/2024", 2024, 12, 31), ("2024-04-01", 2024, 4, 1),
    ("29/02/2024", 2024, 2, 29), ("2024-02-29", 2024, 2, 29), (" 05/11/2023 ", 2023, 11, 5), ("5/11/2023", 2023, 11, 5),
  ])
  func acceptsEachForm(text: String, y: Int, m: Int, d: Int) {
    #expect(date(text) == day(y, m, d))
  }

  @Test(arguments: [
    ("31/02/2024", "no such date"), ("29/02/2023", "no such date"), ("2024-13-01", "no such date"),
    ("00/01/2024", "no such date"), ("01/05/23", "two-digit year; write the year in full (dd/mm/yyyy)"),
    ("45123", "looks like an Excel serial number, not a date"),
    ("45123.5", "not a date (expected dd/mm/yyyy or yyyy-mm-dd)"),
    ("2024/04/01", "not a date (expected dd/mm/yyyy or yyyy-mm-dd)"),
    ("01-04-2024", "not a date (expected dd/mm/yyyy or yyyy-mm-dd)"),
    ("yesterday", "not a date"), ("24-04-01", "not a date (expected dd/mm/yyyy or yyyy-mm-dd)"),
    ("01/04/2024 10:30", "a time is not expected in this column"),
  ])
  func rejectsWithReason(text: String, reason: String) {
    #expect(date(text) == .invalid(reason))
  }

  @Test(arguments: ["", "   ", "NULL", "null", "N/A", "n/a", "-", " - "])
  func blankMarkers(text: String) {
    #expect(date(text) == .blank)
    #expect(Array(text.utf8).withUnsafeBufferPointer { FieldParsing.isBlank($0) })
  }

  @Test(arguments: ["0", "--", "NA", "none", "Nul"])
  func notBlank(text: String) {
    #expect(!Array(text.utf8).withUnsafeBufferPointer { FieldParsing.isBlank($0) })
  }
}

@Suite struct DateTimeParsingTests {
  private static func at(_ d: String, _ minute: Int16 = -1) -> DateTimeField {
    let day = Array(d.utf8).withUnsafeBufferPointer { FieldParsing.date($0) }
    guard case .date(let day) = day else { fatalError("bad test date \(d)") }
    return .dateTime(DayTime(day: day, minuteOfDay: minute))
  }

  // minuteOfDay = hour × 60 + minute: 10:30 → 630, 23:59 → 1439, 08:05 → 485, 9:05 → 545.
  @Test(arguments: [
    ("01/04/2024 10:30", "2024-04-01", 630), ("1/4/2024 10:30", "2024-04-01", 630),
    ("01/04/2024 10:30:59", "2024-04-01", 630), ("2024-04-01 23:59", "2024-04-01", 1439),
    ("2024-04-01T08:05:00", "2024-04-01", 485), ("2024-04-01T08:05", "2024-04-01", 485),
    ("31/12/2024 00:00", "2024-12-31", 0), ("01/04/2024 9:05", "2024-04-01", 545),
    (" 29/02/2024 23:59:59 ", "2024-02-29", 1439),
  ])
  func acceptsEachFormAndDropsSeconds(text: String, day: String, minute: Int16) {
    #expect(dateTime(text) == Self.at(day, minute))
  }

  @Test(arguments: ["01/04/2024", "1/4/2024", "2024-04-01"])
  func aDateAloneHasNoTime(text: String) {
    #expect(dateTime(text) == Self.at("2024-04-01"))
  }

  @Test(arguments: [
    ("01/04/2024 24:00", "no such time"), ("01/04/2024 23:60", "no such time"),
    ("01/04/2024 10:30:60", "no such time"), ("01/04/2024 10", "not a time (expected hh:mm or hh:mm:ss)"),
    ("01/04/2024 10:3", "not a time (expected hh:mm or hh:mm:ss)"),
    ("01/04/2024 100:30", "not a time (expected hh:mm or hh:mm:ss)"),
    ("01/04/2024 10:30pm", "not a time (expected hh:mm or hh:mm:ss)"),
    ("31/02/2024 10:30", "no such date"), ("01/05/23 10:30", "two-digit year; write the year in full (dd/mm/yyyy)"),
    ("45123.5", "not a date (expected dd/mm/yyyy or yyyy-mm-dd)"),
    ("45123", "looks like an Excel serial number, not a date"), ("T10:30", "not a date"),
  ])
  func rejectsWithReason(text: String, reason: String) {
    #expect(dateTime(text) == .invalid(reason))
  }

  @Test(arguments: ["", " ", "NULL", "n/a", "-"])
  func blankMarkers(text: String) {
    #expect(dateTime(text) == .blank)
  }
}

@Suite struct ValueParsingTests {
  @Test(arguments: [
    ("Y", YesNo.yes), ("y", .yes), ("Yes", .yes), ("YES", .yes), ("1", .yes), ("True", .yes), ("TRUE", .yes),
    ("N", .no), ("no", .no), ("0", .no), ("false", .no), ("FALSE", .no), ("", .unknown), ("NULL", .unknown),
    ("a) Yes", .yes), ("b) No", .no), ("1 - Yes", .yes), ("0 - No", .no), ("c) Unknown", .unknown),
    ("Not known", .unknown),
  ])
  func yesNo(text: String, expected: YesNo) {
    #expect(Array(text.utf8).withUnsafeBufferPointer { FieldParsing.yesNo($0) } == expected)
  }

  @Test(arguments: ["maybe", "2", "Yess", "T", "Autism", "d) Maybe"])
  func yesNoRejects(text: String) {
    #expect(Array(text.utf8).withUnsafeBufferPointer { FieldParsing.yesNo($0) } == nil)
  }

  /// The census takes the same reader after a schema check: `xs:boolean` forms only.
  @Test(arguments: [
    ("true", true), ("FALSE", true), ("1", true), ("0", true), ("", true), ("Y", false), ("yes", false),
    ("a) Yes", false), ("2", false),
  ])
  func schemaBooleans(text: String, isSchema: Bool) {
    #expect(Array(text.utf8).withUnsafeBufferPointer { FieldParsing.isSchemaBoolean($0) } == isSchema)
  }

  @Test(arguments: [
    ("a) WBRI", "WBRI"), ("q) 6: Police", "6"), ("1A - Family member", "1A"), ("1a", "1A"), (" 5d ", "5D"),
    ("6: Police", "6"), ("10", "10"), ("3F – Health", "3F"), ("WBRI", "WBRI"),
  ])
  func codePrefixesStripped(text: String, expected: String) {
    #expect(FieldParsing.code(text) == expected)
  }
}

@Suite struct HeaderMatchingTests {
  @Test(arguments: [
    ("Referral NFA?", "referral nfa"), ("referral nfa (y/n)", "referral nfa"), ("  Referral   NFA ", "referral nfa"),
    ("Date of referral", "date of referral"), ("DATE OF REFERRAL", "date of referral"),
    ("Age of Child (Years)", "age of child years"), ("Child's Legal Status", "childs legal status"),
    ("Subject to Emergency Protection Order (Y/N)", "subject to emergency protection order"),
  ])
  func normalises(header: String, key: String) {
    #expect(HeaderMatching.key(header) == key)
  }

  @Test func closestHeaderNamesTheNearMiss() {
    #expect(
      HeaderMatching.closest(to: "Child Unique ID", in: ["Child Unique Ref", "Gender", "Date of referral"])
        == "Child Unique Ref")
  }
}
