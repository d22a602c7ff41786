import Foundation
import Testing

@testable import Pipeline

/// `log_retention_days`: which run logs a run removes.
@Suite struct LogRetentionTests {
  static let now = Date(timeIntervalSince1970: 1_796_608_803)

  /// A folder with files of the given names, each modified the given number of days before `now`.
  static func folder(_ files: [(String, Double)]) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("retention-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for (name, days) in files {
      let path = dir.appendingPathComponent(name).path
      #expect(FileManager.default.createFile(atPath: path, contents: Data("x\n".utf8)))
      try FileManager.default.setAttributes(
        [.modificationDate: now.addingTimeInterval(-days * 86_400)], ofItemAtPath: path)
    }
    return dir.path
  }

  @Test func logsOlderThanTheDaysGoOthersAndOtherFilesStay() throws {
    let dir = try Self.folder([
      ("20260101T020000Z-0001.log", 90.01), ("20260102T020000Z-00ff.log", 89.99), ("20250101T020000Z-abcd.log", 400),
      ("notes.log", 400), ("20250101T020000Z-abcd.log.bak", 400), ("20250101T020000Z-ABCD.log", 400),
    ])
    let removed = LogRetention.prune(folder: dir, keepingDays: 90, now: Self.now)
    #expect(removed == ["20250101T020000Z-abcd.log", "20260101T020000Z-0001.log"])
    let left = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
    #expect(
      left == ["20250101T020000Z-ABCD.log", "20250101T020000Z-abcd.log.bak", "20260102T020000Z-00ff.log", "notes.log"])
  }

  @Test func zeroDaysKeepsEveryLog() throws {
    let dir = try Self.folder([("20200101T020000Z-0001.log", 2000)])
    #expect(LogRetention.prune(folder: dir, keepingDays: 0, now: Self.now).isEmpty)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["20200101T020000Z-0001.log"])
  }

  @Test func aMissingFolderRemovesNothing() {
    #expect(LogRetention.prune(folder: "/nonexistent/logs", keepingDays: 1, now: Self.now).isEmpty)
  }

  @Test func theRunIDsOwnNamesAreRunLogs() {
    #expect(LogRetention.isRunLog(RunID().text + ".log"))
    #expect(!LogRetention.isRunLog(RunID().text + ".txt"))
    #expect(!LogRetention.isRunLog("2026120XT020003Z-3f9a.log"))
  }
}
