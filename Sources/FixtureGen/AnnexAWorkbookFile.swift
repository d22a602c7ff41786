import Foundation
import SafeguardCore
import WorkbookWriting

/// `annex-a-workbook/annex-a.xlsx`: the Annex A lists of `annex-a/` as one workbook, one sheet per
/// CSV file, holding the same values, stored as Excel stores them.
///
/// Each CSV file is decoded and split into records again, so the sheets hold exactly what the
/// files hold: a valid date (`dd/mm/yyyy`, `d/m/yyyy` or `yyyy-mm-dd`) becomes a serial number in
/// a date style, a whole number a number, `TRUE` and `FALSE` booleans, anything else text (shared
/// strings in the first two sheets, inline strings in the third), a blank no cell at all. The
/// contacts file's last record, whose quote is never closed, is a CSV fault a sheet cannot hold,
/// so it is left out. The second sheet has a title row and a blank row above its header.
enum AnnexAWorkbookFile {
  static let path = "annex-a-workbook/annex-a.xlsx"

  /// Sheet name for each CSV file, in tab order.
  static let sheets: [(file: String, sheet: String)] = [
    (AnnexAFiles.contactsPath, "List 1 contacts"),
    (AnnexAFiles.earlyReferralsPath, "List 3 2021-23"),
    (AnnexAFiles.lateReferralsPath, "List 3 2023-24"),
  ]

  static func writer(_ files: [FixtureFile]) -> WorkbookWriter {
    var built: [WorkbookSheet] = []
    for (i, (path, name)) in sheets.enumerated() {
      let file = files.first { $0.path == path }!
      let (records, _) = CSVRecords.split(file.encoding.decode(file.bytes))
      var sheet = WorkbookSheet(name: name)
      var row = 1
      if i == 1 {
        sheet.append(row: 1, [(0, .text("Annex A List 3: referrals, 1 April 2021 to 31 March 2023 (synthetic)"))])
        sheet.merges = ["A1:K1"]
        row = 3
      }
      for (r, record) in records.enumerated() {
        let cells = record.enumerated().compactMap { c -> (column: Int, cell: WorkbookCell)? in
          guard !c.element.isEmpty else { return nil }
          let cell = r == 0 ? WorkbookCell.text(c.element) : cellFor(c.element)
          if i == 2, case .text(let t) = cell { return (c.offset, .inlineText(t)) }
          return (c.offset, cell)
        }
        sheet.append(row: row, cells)
        row += 1
      }
      built.append(sheet)
    }
    return WorkbookWriter(sheets: built)
  }

  /// How Excel would store a value typed into a cell.
  static func cellFor(_ value: String) -> WorkbookCell {
    if let d = DateText.parse(value) {
      return .date(serial: String(WorkbookWriter.serial(year: d.year, month: d.month, day: d.day)))
    }
    if value == "TRUE" || value == "FALSE" { return .boolean(value == "TRUE") }
    let digits = value.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    if digits, !value.isEmpty, value.count <= 9, value == "0" || !value.hasPrefix("0") { return .number(value) }
    return .text(value)
  }
}

/// RFC 4180 records from CSV text (quoted fields with commas, quotes and line breaks).
enum CSVRecords {
  /// The records, and whether the text ended inside a quoted field (that last record is dropped).
  static func split(_ text: String) -> ([[String]], unterminated: Bool) {
    var records: [[String]] = []
    var record: [String] = []
    var field: [UInt8] = []
    var quoted = false
    var atFieldStart = true
    let bytes = Array(text.utf8)
    var i = 0
    func endField() {
      record.append(String(decoding: field, as: UTF8.self))
      field = []
      atFieldStart = true
    }
    while i < bytes.count {
      let b = bytes[i]
      if quoted {
        if b == 0x22 {
          if i + 1 < bytes.count && bytes[i + 1] == 0x22 {
            field.append(0x22)
            i += 1
          } else {
            quoted = false
          }
        } else {
          field.append(b)
        }
      } else if b == 0x22 && atFieldStart {
        quoted = true
        atFieldStart = false
      } else if b == 0x2C {
        endField()
      } else if b == 0x0D || b == 0x0A {
        if b == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
        endField()
        records.append(record)
        record = []
      } else {
        field.append(b)
        atFieldStart = false
      }
      i += 1
    }
    if quoted { return (records, true) }
    if !field.isEmpty || !record.isEmpty {
      endField()
      records.append(record)
    }
    return (records, false)
  }
}
