import Foundation
import SafeguardCore
import Testing
import WorkbookWriting

@testable import Ingest

/// Hostile and unreadable workbooks are refused as a whole (65), with a sentence saying what to do.
@Suite struct WorkbookArchiveTests {
  static func list() -> WorkbookWriter {
    WorkbookWriter(sheets: [
      WorkbookSheet(name: "List 3", table: [WorkbookFiles.referralHeader, WorkbookFiles.referral("C1", "01/04/2024")])
    ])
  }

  static func refusal(
    _ writer: WorkbookWriter, limits: WorkbookLimits = WorkbookLimits()
  ) -> (SafeguardCore.ExitStatus, String)? {
    WorkbookFiles.refusal { _ = try WorkbookFiles.read(writer, limits: limits) }
  }

  @Test func aPartThatExpandsTooManyTimesIsAZipBomb() throws {
    var writer = Self.list()
    // Four MiB of zeros deflate about a thousand times.
    writer.extraEntries = [("xl/media/padding.bin", [UInt8](repeating: 0, count: 4 << 20))]
    let (status, message) = try #require(Self.refusal(writer))
    #expect(status == .dataError)
    #expect(message.contains("ZIP bomb"))
    #expect(message.contains("xl/media/padding.bin"))
  }

  @Test func aPartThatInflatesBeyondWhatItDeclaresIsRefused() throws {
    let p = try WorkbookFiles.write(Self.list())
    try ZipBytes.declare(size: 100, for: "xl/worksheets/sheet1.xml", in: p)
    var set = ExtractSet()
    let (status, message) = try #require(
      WorkbookFiles.refusal { _ = try WorkbookReader().read(path: p, name: "book.xlsx", into: &set) })
    #expect(status == .dataError)
    #expect(message.contains("part xl/worksheets/sheet1.xml inflates to more than the 100 bytes it declares"))
    #expect(set.referrals.isEmpty)
  }

  @Test func aPartFailingItsChecksumIsRefused() throws {
    let p = try WorkbookFiles.write(Self.list())
    try ZipBytes.spoilChecksum(of: "xl/worksheets/sheet1.xml", in: p)
    var set = ExtractSet()
    let (status, message) = try #require(
      WorkbookFiles.refusal { _ = try WorkbookReader().read(path: p, name: "book.xlsx", into: &set) })
    #expect(status == .dataError)
    #expect(message.contains("part xl/worksheets/sheet1.xml fails its checksum"))
  }

  @Test func checksumsMatchTheStandardCheckValue() {
    var crc = CRC32()
    Array("123456789".utf8).withUnsafeBytes { crc.update($0) }
    #expect(crc.value == 0xCBF4_3926)
    // Cut at every place: the eight-byte steps and the tail give the same value.
    let text = Array("The quick brown fox jumps over the lazy dog".utf8)
    for cut in 0...text.count {
      var c = CRC32()
      text[..<cut].withUnsafeBytes { c.update($0) }
      text[cut...].withUnsafeBytes { c.update($0) }
      #expect(c.value == 0x414F_A339)
    }
  }

  @Test func aSheetLargerThanThePartLimitIsRefused() throws {
    var limits = WorkbookLimits()
    limits.partBytes = 200
    let (status, message) = try #require(Self.refusal(Self.list(), limits: limits))
    #expect(status == .dataError)
    #expect(message.contains("more than the 200 allowed"))
  }

  @Test func partsTogetherLargerThanTheTotalAreRefused() throws {
    var limits = WorkbookLimits()
    limits.totalBytes = 2000
    let (status, message) = try #require(Self.refusal(Self.list(), limits: limits))
    #expect(status == .dataError)
    #expect(message.contains("ZIP bomb"))
  }

  @Test(arguments: ["../escape.xml", "xl/../../escape.xml", "/etc/passwd", "xl\\..\\escape.xml", "C:/escape.xml"])
  func anEntryPathThatClimbsOutIsRefused(path: String) throws {
    var writer = Self.list()
    writer.extraEntries = [(path, Array("<x/>".utf8))]
    let (status, message) = try #require(Self.refusal(writer))
    #expect(status == .dataError)
    #expect(message.contains("climbs out"))
  }

  @Test func encryptedEntriesAskForTheWorkbookToBeSavedWithoutAPassword() throws {
    let p = try WorkbookFiles.write(Self.list())
    try ZipBytes.markEncrypted(p)
    var set = ExtractSet()
    let (status, message) = try #require(
      WorkbookFiles.refusal { _ = try WorkbookReader().read(path: p, name: "book.xlsx", into: &set) })
    #expect(status == .dataError)
    #expect(message.contains("save it without a password"))
  }

  /// A compound file (OLE2) header and a directory entry name, padded as the format pads them.
  static func compoundFile(streams: [String]) -> [UInt8] {
    var bytes = CompoundFile.signature + [UInt8](repeating: 0, count: 504)
    for name in streams {
      var entry = Array(name.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8($0 >> 8)] })
      entry += [UInt8](repeating: 0, count: 128 - entry.count)
      bytes += entry
    }
    // Cross a read chunk, so a name split by a chunk end is still found.
    return bytes + [UInt8](repeating: 0, count: (1 << 20) - bytes.count - 20) + Array(bytes[512...])
  }

  @Test func aPasswordProtectedWorkbookAsksToSaveWithoutAPassword() throws {
    let p = TestFiles.path("protected.xlsx")
    _ = FileManager.default.createFile(
      atPath: p, contents: Data(Self.compoundFile(streams: ["EncryptionInfo", "EncryptedPackage"])))
    #expect(FileSniffer.shape(of: p) == .compoundFile)
    let f = CompoundFile.refusal(path: p, name: "protected.xlsx")
    #expect(f.exitStatus == .dataError)
    #expect(f.description.contains("save it without a password"))
  }

  @Test func anOldBinaryWorkbookSaysHowToConvertIt() throws {
    let p = TestFiles.path("lists.xls")
    _ = FileManager.default.createFile(
      atPath: p, contents: Data(Self.compoundFile(streams: ["Workbook", "SummaryInformation"])))
    let f = CompoundFile.refusal(path: p, name: "lists.xls")
    #expect(f.exitStatus == .dataError)
    #expect(f.description.contains("Excel 97-2003"))
    #expect(f.description.contains("save as .xlsx or CSV"))
  }

  /// The list workbook's entries with its workbook part and relationships replaced.
  static func withSheets(_ sheets: String, rels: String) throws -> String {
    let ns =
      "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
    let type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    var entries = Self.list().entries().filter {
      $0.path != "xl/workbook.xml" && $0.path != "xl/_rels/workbook.xml.rels"
    }
    entries.append(("xl/workbook.xml", Array("<workbook \(ns)><sheets>\(sheets)</sheets></workbook>".utf8)))
    let relsXML =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + rels.replacingOccurrences(of: "TYPE/", with: type) + "</Relationships>"
    entries.append(("xl/_rels/workbook.xml.rels", Array(relsXML.utf8)))
    let p = TestFiles.path("book.xlsx")
    try WorkbookWriter.writeArchive(to: p, entries: entries)
    return p
  }

  @Test func aChartSheetIsPassedOver() throws {
    let p = try Self.withSheets(
      "<sheet name=\"Chart1\" sheetId=\"2\" r:id=\"rId2\"/><sheet name=\"List 3\" sheetId=\"1\" r:id=\"rId1\"/>",
      rels: "<Relationship Id=\"rId1\" Type=\"TYPE/worksheet\" Target=\"/xl/worksheets/sheet1.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"TYPE/chartsheet\" Target=\"chartsheets/sheet1.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"TYPE/sharedStrings\" Target=\"sharedStrings.xml\"/>")
    var set = ExtractSet()
    let outcome = try WorkbookReader().read(path: p, name: "book.xlsx", into: &set)
    #expect(outcome.chartSheets == ["Chart1"])
    #expect(set.referralRows.map(\.0) == ["C1"])
  }

  @Test func aSheetWithoutAPartIsADamagedWorkbook() throws {
    let p = try Self.withSheets(
      "<sheet name=\"List 3\" sheetId=\"1\" r:id=\"rId9\"/>",
      rels: "<Relationship Id=\"rId1\" Type=\"TYPE/worksheet\" Target=\"worksheets/sheet1.xml\"/>")
    var set = ExtractSet()
    let (status, message) = try #require(
      WorkbookFiles.refusal { _ = try WorkbookReader().read(path: p, name: "book.xlsx", into: &set) })
    #expect(status == .dataError)
    #expect(message.contains("sheet 'List 3' has no part"))
  }

  @Test func aMacroEnabledWorkbookIsReadAsData() throws {
    var writer = Self.list()
    writer.extraEntries = [("xl/vbaProject.bin", Array("Attribute VB_Name = \"Module1\"".utf8))]
    let (set, _) = try WorkbookFiles.read(writer, name: "book.xlsm")
    #expect(set.referralRows.map(\.0) == ["C1"])
  }

  @Test func aWorkbookCutShortIsRefusedNotSkipped() throws {
    let p = try WorkbookFiles.write(Self.list())
    let bytes = try Data(contentsOf: URL(fileURLWithPath: p))
    try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: p))
    #expect(FileSniffer.shape(of: p) == .zipArchive)
    let (status, message) = try #require(
      WorkbookFiles.refusal { _ = try WorkbookReader.isWorkbook(path: p, name: "book.xlsx") })
    #expect(status == .dataError)
    #expect(message.contains("cannot be read"))
  }

  @Test func aZipWithoutWorkbookIsNotAWorkbook() throws {
    var writer = Self.list()
    writer.sheets = []
    let p = try WorkbookFiles.write(writer)
    #expect(try WorkbookReader.isWorkbook(path: p, name: "book.xlsx"))
    let other = TestFiles.path("other.zip")
    try WorkbookWriter.writeArchive(to: other, entries: [("notes.txt", Array("hello".utf8))])
    #expect(try !WorkbookReader.isWorkbook(path: other, name: "other.zip"))
  }

  @Test func aDoctypeInASheetIsRefused() throws {
    // A DOCTYPE (the door to entity expansion) in the workbook part.
    let bytes = Array("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><workbook/>".utf8)
    let path = TestFiles.path("book.xlsx")
    try WorkbookWriter.writeArchive(to: path, entries: [("xl/workbook.xml", bytes)])
    var set = ExtractSet()
    let (status, message) = try #require(
      WorkbookFiles.refusal { _ = try WorkbookReader().read(path: path, name: "book.xlsx", into: &set) })
    #expect(status == .dataError)
    #expect(message.contains("DOCTYPE"))
  }
}
