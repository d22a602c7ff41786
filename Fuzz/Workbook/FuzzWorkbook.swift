import Foundation
import FuzzDriver
import Pipeline
import SafeguardCore
import WorkbookWriting

/// libFuzzer target: any bytes as the first sheet of an Annex A workbook, through `safeguard
/// validate` (the ZIP checks, the sheet XML on libxml2, header recognition, cells, dates).
///
/// The input is the sheet's XML part only; the rest of the workbook (content types,
/// relationships, shared strings holding the list 3 headers and values, styles) is a fixed,
/// valid template, and the archive is written with correct sizes and CRC-32s each time, so the
/// mutations reach the sheet reader rather than stopping at the archive's checks (which the
/// workbook reader's own tests cover). With `FUZZ_SEED_DIR` set, the template's own sheet is
/// written there first, as the seed.
@main enum FuzzWorkbook {
  static func main() {
    let template = WorkbookWriter(sheets: [WorkbookSheet(name: "List 3", table: table)])
    let entries = template.entries()
    let sheet = "xl/worksheets/sheet1.xml"
    if let seeds = ProcessInfo.processInfo.environment["FUZZ_SEED_DIR"],
      let own = entries.first(where: { $0.path == sheet })
    {
      try? FileManager.default.createDirectory(atPath: seeds, withIntermediateDirectories: true)
      FileManager.default.createFile(atPath: seeds + "/list3-sheet1.xml", contents: Data(own.bytes))
    }
    let file = ScratchFile(name: "book.xlsx")
    let runner = Runner(log: RunLog(level: .quiet, write: { _ in }))
    FuzzDriver.main { data in
      let parts = entries.map { $0.path == sheet ? ($0.path, Array(data)) : $0 }
      do {
        try WorkbookWriter.writeArchive(to: file.path, entries: parts)
      } catch {
        fatalError("cannot write the workbook: \(error)")
      }
      do {
        _ = try runner.validate(paths: [file.path], out: nil)
      } catch let error as RunError {
        if error.exitStatus == .software { fatalError("internal error: \(error)") }
      } catch {
        fatalError("unexpected error: \(error)")
      }
    }
  }

  /// A title row, the list 3 header and four referrals, as an export would lay them out.
  static let table: [[WorkbookCell?]] = [
    [.text("Annex A List 3: Referrals")],
    [
      .text("Child Unique ID"), .text("Gender"), .text("Ethnicity"), .text("Date of Birth"),
      .text("Date of referral"), .text("Referral Source"), .text("Referral NFA?"),
    ],
    [
      .text("C001"), .text("F"), .text("WBRI"), .date(serial: "41000"), .date(serial: "45400"), .text("1A"), .text("N"),
    ],
    [
      .inlineText("C002"), .text("M"), .text("ABAN"), .text("03/04/2012"), .text("2024-05-01"), .number("6"),
      .boolean(true),
    ],
    [
      .number("1003"), .text("U"), nil, nil, .formula("TODAY()", cached: "45450", text: false), .text("q) 6: Police"),
      .text("Y"),
    ],
    [
      .text("C004"), .error("#N/A"), .text("MWBC"), .date(serial: "40000.5"), .date(serial: "60"), .text("9"),
      .text("No"),
    ],
  ]
}
