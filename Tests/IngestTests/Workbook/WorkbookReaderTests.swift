import Foundation
import SafeguardCore
import Testing
import WorkbookWriting

@testable import Ingest

/// Each workbook feature, on a small generated referral list (Annex A list 3).
@Suite struct WorkbookReaderTests {
  typealias Cell = WorkbookCell

  static func serial(_ y: Int, _ m: Int, _ d: Int, _ uses1904: Bool = false) -> Cell {
    .date(serial: String(WorkbookWriter.serial(year: y, month: m, day: d, uses1904: uses1904)))
  }

  @Test func sharedStringsReadAsTheirText() throws {
    let set = try WorkbookFiles.read([
      WorkbookFiles.referralHeader, WorkbookFiles.referral("C1", "01/04/2024", nfa: "Y"),
      WorkbookFiles.referral("C2", "2024-04-02"),
    ])
    #expect(set.referralRows.map(\.0) == ["C1", "C2"])
    #expect(set.referralRows.map(\.1) == ["2024-04-01", "2024-04-02"])
    #expect(set.referralRows.map(\.2) == [.yes, .no])
    #expect(set.files.map(\.file) == ["book.xlsx[List 3]"])
    #expect(set.files[0].kind == .annexAReferrals)
    #expect(set.files[0].rows == 2)
  }

  @Test func inlineStringsReadAsTheirText() throws {
    let inline = { (row: [Cell?]) in
      row.map { c -> Cell? in
        if case .text(let t) = c { return .inlineText(t) }
        return c
      }
    }
    let set = try WorkbookFiles.read([
      inline(WorkbookFiles.referralHeader), inline(WorkbookFiles.referral("C1", "01/04/2024", nfa: "Y")),
    ])
    #expect(set.referralRows.map(\.0) == ["C1"])
    #expect(set.referralRows.map(\.2) == [.yes])
  }

  /// A row with the date (column F) and NFA (column H) given as `date` and `nfa`.
  static func row(_ child: String, date: Cell, nfa: Cell = .text("N"), birth: Cell = .text("01/01/2015")) -> [Cell?] {
    [
      .text(child), .text("F"), .text("WBRI"), birth, .number("9"), date, .text("1A"), nfa, .number("0"), .text("T"),
      .text("W"),
    ]
  }

  @Test func serialDatesIn1900SystemReadAsDates() throws {
    let set = try WorkbookFiles.read([
      WorkbookFiles.referralHeader, Self.row("C1", date: Self.serial(2024, 4, 1)),
      Self.row("C2", date: .date(serial: "45383"), birth: Self.serial(1900, 3, 1)),
    ])
    // 45383 is 1 April 2024 in the 1900 system.
    #expect(set.referralRows.map(\.1) == ["2024-04-01", "2024-04-01"])
    #expect(set.findings.isEmpty)
  }

  @Test func serialSixtyIsTheFictitious29February1900() throws {
    // Serial 59 is 28 February 1900, 60 the day Excel invents, 61 is 1 March 1900.
    #expect(Self.serial(1900, 2, 28) == .date(serial: "59"))
    #expect(Self.serial(1900, 3, 1) == .date(serial: "61"))
    let set = try WorkbookFiles.read([
      WorkbookFiles.referralHeader, Self.row("C1", date: Self.serial(2024, 4, 1), birth: .date(serial: "60")),
    ])
    let f = try #require(set.findings.first)
    #expect(f.rule.code == "ING013")
    #expect(f.value == "29/02/1900")
    #expect(f.place == "book.xlsx[List 3]!D2")
  }

  @Test func serialDatesIn1904SystemReadAsDates() throws {
    var writer = WorkbookWriter(sheets: [
      WorkbookSheet(
        name: "List 3",
        table: [WorkbookFiles.referralHeader, Self.row("C1", date: Self.serial(2024, 4, 1, true))])
    ])
    writer.uses1904 = true
    #expect(Self.serial(2024, 4, 1, true) == .date(serial: "43921"))
    let (set, _) = try WorkbookFiles.read(writer)
    #expect(set.referralRows.map(\.1) == ["2024-04-01"])
  }

  @Test func datesAsTextInEveryAcceptedForm() throws {
    let set = try WorkbookFiles.read([
      WorkbookFiles.referralHeader, Self.row("C1", date: .text("01/04/2024")),
      Self.row("C2", date: .text("2024-04-02")),
      Self.row("C3", date: .inlineText("3/4/2024")),
    ])
    #expect(set.referralRows.map(\.1) == ["2024-04-01", "2024-04-02", "2024-04-03"])
  }

  @Test func numbersStoredAsTextOrAsNumbersReadAlike() throws {
    let set = try WorkbookFiles.read([
      WorkbookFiles.referralHeader, Self.row("C1", date: .text("01/04/2024"), nfa: .number("1")),
      Self.row("C2", date: .text("01/04/2024"), nfa: .text("1")),
      Self.row("C3", date: .text("01/04/2024"), nfa: .boolean(false)),
    ])
    #expect(set.referralRows.map(\.2) == [.yes, .yes, .no])
    #expect(set.findings.isEmpty)
  }

  @Test func missingCellsAreBlankAndTheColumnLettersPlaceTheRest() throws {
    var sheet = WorkbookSheet(name: "List 3", table: [WorkbookFiles.referralHeader])
    // No cells B to E, none for G: the date must still be read from F and NFA from H.
    sheet.append(row: 2, [(0, .text("C1")), (5, .text("01/04/2024")), (7, .text("Y"))])
    let (set, _) = try WorkbookFiles.read(WorkbookWriter(sheets: [sheet]))
    #expect(set.referralRows.map(\.1) == ["2024-04-01"])
    #expect(set.referralRows.map(\.2) == [.yes])
  }

  @Test func titleRowsAboveTheHeaderAndMergedCellsArePassedOver() throws {
    var sheet = WorkbookSheet(name: "Referrals", merges: ["A1:K1", "A2:A3"])
    sheet.append(row: 1, [(0, .text("Annex A List 3: Referrals"))])
    sheet.append(row: 2, [(0, .text("Produced on 01/05/2024 by the performance team"))])
    sheet.append(row: 4, WorkbookFiles.referralHeader.enumerated().map { ($0.offset, $0.element!) })
    sheet.append(row: 5, Self.row("C1", date: .text("31/02/2024")).enumerated().map { ($0.offset, $0.element!) })
    sheet.append(row: 6, Self.row("C2", date: .text("02/04/2024")).enumerated().map { ($0.offset, $0.element!) })
    let (set, _) = try WorkbookFiles.read(WorkbookWriter(sheets: [sheet]))
    #expect(set.referralRows.map(\.0) == ["C2"])
    let f = try #require(set.findings.first)
    #expect(f.rule.code == "ING012")
    #expect(f.line == 5)
    #expect(f.place == "book.xlsx[Referrals]!F5")
    #expect(f.located.hasPrefix("book.xlsx[Referrals]!F5: column 'Date of referral' value '31/02/2024'"))
  }

  @Test func aHeaderOverTwoRowsWithCellsMergedDownIsRead() throws {
    // Row 1: the child ID merged down over A1:A2 and a group title over B1:K1; row 2 the rest.
    var top: [Cell?] = [.text("Child Unique ID"), .text("Referral details")]
    top += [Cell?](repeating: nil, count: 9)
    var second = WorkbookFiles.referralHeader
    second[0] = nil
    var sheet = WorkbookSheet(name: "List 3", table: [top, second, WorkbookFiles.referral("C1", "01/04/2024")])
    sheet.merges = ["A1:A2", "B1:K1"]
    let (set, _) = try WorkbookFiles.read(WorkbookWriter(sheets: [sheet]))
    #expect(set.referralRows.map(\.0) == ["C1"])
    #expect(set.findings.isEmpty)
  }

  @Test func aListHeaderWithoutItsChildIDIsStillRefused() throws {
    var header = WorkbookFiles.referralHeader
    header[0] = .text("Reference")
    let refusal = WorkbookFiles.refusal {
      _ = try WorkbookFiles.read([header, WorkbookFiles.referral("C1", "01/04/2024")])
    }
    #expect(refusal?.0 == .dataError)
    #expect(refusal?.1.contains("book.xlsx[List 3]: required column 'Child Unique ID' is missing") == true)
  }

  @Test func aTitleRowHoldingAColumnNameIsNotTheHeader() throws {
    let set = try WorkbookFiles.read([
      [.text("Date of referral")], WorkbookFiles.referralHeader, WorkbookFiles.referral("C1", "01/04/2024"),
    ])
    #expect(set.referralRows.map(\.0) == ["C1"])
    #expect(set.findings.isEmpty)
  }

  @Test func aHeaderCellMergedAcrossTwoColumnsLeavesABlankColumn() throws {
    // "Allocated Team" merged over J and K: the worker moves to L, K's header is blank.
    var header = WorkbookFiles.referralHeader
    header.insert(nil, at: 10)
    var row = Self.row("C1", date: .text("01/04/2024"))
    row.insert(nil, at: 10)
    var sheet = WorkbookSheet(name: "List 3", table: [header, row])
    sheet.merges = ["J1:K1"]
    let (set, outcome) = try WorkbookFiles.read(WorkbookWriter(sheets: [sheet]))
    #expect(set.referralRows.map(\.0) == ["C1"])
    #expect(set.findings.isEmpty)
    guard case .read(let s) = outcome.sheets.first else {
      Issue.record("the sheet should be read")
      return
    }
    #expect(s.ignoredColumns.isEmpty)
  }

  @Test func hiddenSheetsAreRead() throws {
    let sheet = WorkbookSheet(
      name: "Hidden list", table: [WorkbookFiles.referralHeader, WorkbookFiles.referral("C1", "01/04/2024")],
      hidden: true)
    let (set, _) = try WorkbookFiles.read(WorkbookWriter(sheets: [sheet]))
    #expect(set.referralRows.map(\.0) == ["C1"])
  }

  @Test func formulasGiveTheirCachedValues() throws {
    let set = try WorkbookFiles.read([
      WorkbookFiles.referralHeader,
      Self.row(
        "C1", date: .formula("DATE(2024,4,1)", cached: "45383", text: false),
        nfa: .formula("IF(A2=\"\",\"\",\"Y\")", cached: "Y", text: true)),
    ])
    // A number formula's cached value in a general style is a number, not a date.
    let f = try #require(set.findings.first)
    #expect(f.rule.code == "ING012")
    #expect(f.value == "45383")
    let dated = try WorkbookFiles.read([
      WorkbookFiles.referralHeader,
      Self.row("C1", date: .text("01/04/2024"), nfa: .formula("IF(1,\"Y\",\"N\")", cached: "Y", text: true)),
    ])
    #expect(dated.referralRows.map(\.2) == [.yes])
  }

  @Test func errorValuesAreReportedAsWritten() throws {
    let set = try WorkbookFiles.read([
      WorkbookFiles.referralHeader, Self.row("C1", date: .error("#N/A")),
    ])
    let f = try #require(set.findings.first)
    #expect(f.value == "#N/A")
    #expect(f.place == "book.xlsx[List 3]!F2")
  }

  @Test func aSheetMatchingNoListIsReportedAndSkipped() throws {
    let notes = WorkbookSheet(name: "Notes", table: [[.text("These lists were exported on 1 May 2024")]])
    let empty = WorkbookSheet(name: "Sheet3")
    let list = WorkbookSheet(
      name: "List 3", table: [WorkbookFiles.referralHeader, WorkbookFiles.referral("C1", "01/04/2024")])
    let (set, outcome) = try WorkbookFiles.read(WorkbookWriter(sheets: [notes, list, empty]))
    #expect(set.referralRows.map(\.0) == ["C1"])
    #expect(set.findings.map(\.rule.code) == ["ING040", "ING040"])
    #expect(set.findings.map(\.file) == ["book.xlsx[Notes]", "book.xlsx[Sheet3]"])
    #expect(outcome.sheets.count == 3)
    #expect(set.findings[1].message.contains("empty"))
  }

  @Test func theSheetNameIsNeverTheRule() throws {
    // Named like list 1, holding list 3.
    let sheet = WorkbookSheet(
      name: "List 1 contacts", table: [WorkbookFiles.referralHeader, WorkbookFiles.referral("C1", "01/04/2024")])
    let (set, _) = try WorkbookFiles.read(WorkbookWriter(sheets: [sheet]))
    #expect(set.files[0].kind == .annexAReferrals)
  }

  @Test func cellsRightOfTheHeaderAreReportedNotRead() throws {
    var row = WorkbookFiles.referral("C1", "01/04/2024")
    row += [nil, .text("a note")]
    let set = try WorkbookFiles.read([WorkbookFiles.referralHeader, row])
    #expect(set.referralRows.map(\.0) == ["C1"])
    #expect(set.findings.map(\.rule.code) == ["ING041"])
    #expect(set.findings.first?.place == "book.xlsx[List 3]!M2")
  }

  @Test func aBlankChildIDIsLocatedAtItsCell() throws {
    let set = try WorkbookFiles.read([
      WorkbookFiles.referralHeader, [nil] + Self.row("x", date: .text("01/04/2024")).dropFirst(),
    ])
    #expect(set.findings.map(\.rule.code) == ["ING010"])
    #expect(set.findings.first?.place == "book.xlsx[List 3]!A2")
  }
}
