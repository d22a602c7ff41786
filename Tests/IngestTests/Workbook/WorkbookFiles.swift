import Foundation
import SafeguardCore
import WorkbookWriting

@testable import Ingest

/// Writes generated workbooks to fresh temporary files and reads them.
enum WorkbookFiles {
  /// Writes `writer`'s workbook as `name` in a fresh folder and returns its path.
  static func write(_ writer: WorkbookWriter, name: String = "book.xlsx") throws -> String {
    let p = TestFiles.path(name)
    try writer.write(to: p)
    return p
  }

  /// Reads the workbook `writer` makes into a fresh set.
  static func read(
    _ writer: WorkbookWriter, name: String = "book.xlsx", limits: WorkbookLimits = WorkbookLimits()
  )
    throws -> (ExtractSet, WorkbookReader.Outcome)
  {
    let p = try write(writer, name: name)
    defer { try? FileManager.default.removeItem(atPath: (p as NSString).deletingLastPathComponent) }
    var set = ExtractSet()
    var reader = WorkbookReader()
    reader.limits = limits
    let outcome = try reader.read(path: p, name: name, into: &set)
    return (set, outcome)
  }

  /// Reads one sheet of `table` (text cells) into a fresh set.
  static func read(sheet name: String = "List 3", _ table: [[WorkbookCell?]], firstRow: Int = 1) throws -> ExtractSet {
    try read(WorkbookWriter(sheets: [WorkbookSheet(name: name, table: table, firstRow: firstRow)])).0
  }

  /// The referral list's headers, as text cells.
  static let referralHeader: [WorkbookCell?] = TestFiles.referralHeader.split(separator: ",").map {
    .text(String($0))
  }

  /// A referral row as text cells, as `TestFiles.referral` writes it.
  static func referral(_ child: String, _ date: String, nfa: String = "N") -> [WorkbookCell?] {
    TestFiles.referral(child, date, nfa: nfa).split(separator: ",", omittingEmptySubsequences: false).map {
      .text(String($0))
    }
  }

  /// The message of the `RunFailure` `body` throws (with its exit status), or nil.
  static func refusal(_ body: () throws -> Void) -> (SafeguardCore.ExitStatus, String)? {
    do {
      try body()
    } catch let f as RunFailure {
      return (f.exitStatus, f.description)
    } catch {
      return (.software, "\(error)")
    }
    return nil
  }
}
