import Foundation
import Testing
import WorkbookWriting

/// The fixtures' Annex A lists as one workbook give the same dashboards as the CSV files, and
/// hostile workbooks stop `run` and `validate` with 65 and a sentence saying what to do.
@Suite(.serialized) struct WorkbookRunTests {
  /// A folder holding the fixtures' census, lists 2 and 4–8, missing and LADO extracts, and the
  /// Annex A lists 1 and 3 from `annexA` (a folder under Fixtures/).
  static func inputs(_ annexA: String, in dir: URL) throws -> URL {
    let input = dir.appendingPathComponent("input")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    for part in ["cin-census", "annex-a-journey", "missing", "lado", annexA] {
      try FileManager.default.copyItem(
        at: Binary.repoRoot.appendingPathComponent("Fixtures/\(part)"), to: input.appendingPathComponent(part))
    }
    return input
  }

  /// Runs the quarter pipeline's settings over `input`; returns the period folder's files.
  static func quarter(over input: URL, in dir: URL) throws -> [String: Data] {
    let text = try String(
      contentsOf: Binary.repoRoot.appendingPathComponent("pipelines/quarter.pipeline.yaml"), encoding: .utf8)
    var lines: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("  - path:") { continue }
      lines.append(String(line))
      if line.hasPrefix("sources:") { lines.append("  - path: \(input.path)") }
    }
    let file = dir.appendingPathComponent("quarter.pipeline.yaml")
    try Data(lines.joined(separator: "\n").utf8).write(to: file)
    let out = dir.appendingPathComponent("out")
    let r = try Binary.run(["run", file.path, "--out", out.path, "--quiet"])
    #expect(r.status == 0, "\(r.stderr)")
    return try Binary.files(in: try Binary.periodFolder(out, pipeline: "quarter"))
  }

  /// The rows of a data quality CSV without the CSV-only finding ING002 (the contacts file's
  /// unclosed quote, a fault a sheet cannot hold), projected onto `columns`.
  static func rows(_ data: Data?, columns: [Int]) -> [String] {
    let lines = String(decoding: data ?? Data(), as: UTF8.self).split(separator: "\r\n").map(String.init)
    return lines.filter { !$0.hasPrefix("ING002,") }.map { line in
      let fields = line.split(separator: ",", omittingEmptySubsequences: false)
      return columns.map { $0 < fields.count ? String(fields[$0]) : "" }.joined(separator: ",")
    }.sorted()
  }

  @Test func theFixtureWorkbookGivesTheSameDashboardsAsTheCSVFiles() throws {
    let dir = Binary.temporaryDirectory("workbook-equivalence")
    defer { try? FileManager.default.removeItem(at: dir) }
    let csvDir = dir.appendingPathComponent("csv")
    let bookDir = dir.appendingPathComponent("xlsx")
    let fromCSV = try Self.quarter(over: try Self.inputs("annex-a", in: csvDir), in: csvDir)
    let fromBook = try Self.quarter(over: try Self.inputs("annex-a-workbook", in: bookDir), in: bookDir)
    #expect(fromCSV.keys.sorted() == fromBook.keys.sorted())
    // Files that name the inputs (the manifest, the findings' places, the page that lists both) differ by design.
    let naming: Set = ["manifest.csv", "data_quality.csv", "data_quality_detail.PERSONAL.csv", "pack.html"]
    for name in fromCSV.keys.sorted() where !naming.contains(name) {
      #expect(fromCSV[name] == fromBook[name], "\(name) differs between the CSV and workbook runs")
    }
    #expect(fromCSV.keys.filter { !naming.contains($0) }.count >= 6)
    // The summary is the same but for the CSV file's unclosed quote.
    let all = Array(0..<10)
    #expect(
      Self.rows(fromCSV["data_quality.csv"], columns: all) == Self.rows(fromBook["data_quality.csv"], columns: all))
    // The same findings of the same children, fields and values (rule, severity, source, child, field, value).
    let detail = [0, 1, 2, 5, 6, 7]
    let csvDetail = Self.rows(fromCSV["data_quality_detail.PERSONAL.csv"], columns: detail)
    #expect(csvDetail.count > 20)
    #expect(csvDetail == Self.rows(fromBook["data_quality_detail.PERSONAL.csv"], columns: detail))
    let bookDetail = String(decoding: fromBook["data_quality_detail.PERSONAL.csv"] ?? Data(), as: UTF8.self)
    #expect(bookDetail.contains("annex-a-workbook/annex-a.xlsx[List 3 2023-24]!F3492"))
  }

  @Test func theFixtureWorkbookIsExactlyWhatTheGeneratorWrites() throws {
    let dir = Binary.temporaryDirectory("workbook-fixture")
    defer { try? FileManager.default.removeItem(at: dir) }
    let generator = URL(fileURLWithPath: Binary.path).deletingLastPathComponent()
      .appendingPathComponent("safeguard-fixtures").path
    // Another time zone: the archive's timestamps must not follow the clock or the zone.
    let r = try Binary.launch(generator, ["fixtures", "--out", dir.path], environment: ["TZ": "Pacific/Auckland"])
    #expect(r.status == 0, "\(r.stderr)")
    let written = try Data(contentsOf: dir.appendingPathComponent("annex-a-workbook/annex-a.xlsx"))
    let committed = try Data(
      contentsOf: Binary.repoRoot.appendingPathComponent("Fixtures/annex-a-workbook/annex-a.xlsx"))
    #expect(written == committed, "run make fixtures and commit Fixtures/annex-a-workbook/annex-a.xlsx")
  }

  /// Hostile workbooks, each with a fragment of the sentence `validate` and `run` must print.
  static func hostile(_ kind: String, at path: String) throws -> String {
    let sheet = WorkbookSheet(
      name: "List 3",
      table: [
        ["Child Unique ID", "Date of referral", "Referral NFA?"].map { .text($0) },
        [.text("C1"), .text("01/04/2024"), .text("N")],
      ])
    var writer = WorkbookWriter(sheets: [sheet])
    switch kind {
    case "bomb":
      writer.extraEntries = [("xl/media/image1.png", [UInt8](repeating: 0, count: 4 << 20))]
      try writer.write(to: path)
      return "ZIP bomb"
    case "climb":
      writer.extraEntries = [("../../outside.xml", Array("<x/>".utf8))]
      try writer.write(to: path)
      return "climbs out"
    case "encrypted":
      try writer.write(to: path)
      try ZipBytes.markEncrypted(path)
      return "save it without a password"
    case "password":
      var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 1016)
      bytes += "EncryptedPackage".utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8($0 >> 8)] }
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      return "save it without a password"
    default:  // xls
      let bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 2040)
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      return "save as .xlsx or CSV"
    }
  }

  @Test(arguments: ["bomb", "climb", "encrypted", "password", "xls"])
  func validateRefusesAHostileWorkbook(kind: String) throws {
    let dir = Binary.temporaryDirectory("hostile-\(kind)")
    defer { try? FileManager.default.removeItem(at: dir) }
    // Named .csv: the content decides, never the name.
    let path = dir.appendingPathComponent("lists.csv").path
    let fragment = try Self.hostile(kind, at: path)
    let r = try Binary.run(["validate", path])
    #expect(r.status == 65)
    #expect(r.stderr.contains(fragment), "\(r.stderr)")
    #expect(r.stderr.contains("lists.csv"))
  }

  @Test func runRefusesAHostileWorkbookAndKeepsNoOutput() throws {
    let dir = Binary.temporaryDirectory("hostile-run")
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("input")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    let fragment = try Self.hostile("bomb", at: input.appendingPathComponent("annex-a.xlsx").path)
    let (r, folder) = try Binary.runPipeline(
      "book", source: input, in: dir, period: "2024-25", settings: ["la: \"332\""], indicators: "front_door")
    #expect(r.status == 65)
    #expect(r.stderr.contains(fragment), "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder.path))
  }

  @Test func aMacroEnabledWorkbookIsReadAsData() throws {
    let dir = Binary.temporaryDirectory("xlsm")
    defer { try? FileManager.default.removeItem(at: dir) }
    var writer = WorkbookWriter(sheets: [
      WorkbookSheet(
        name: "List 3",
        table: [
          ["Child Unique ID", "Date of referral", "Referral NFA?"].map { .text($0) },
          [.text("C1"), .text("01/04/2024"), .text("N")],
        ])
    ])
    writer.extraEntries = [("xl/vbaProject.bin", [UInt8](repeating: 7, count: 64))]
    let path = dir.appendingPathComponent("lists.xlsm").path
    try writer.write(to: path)
    let r = try Binary.run(["validate", path])
    #expect(r.status == 0, "\(r.stderr)")
    #expect((r.stdout + r.stderr).contains("lists.xlsm[List 3]"))
  }
}
