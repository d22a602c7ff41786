import Foundation
import Testing

@testable import Pipeline

/// The swift-log handler behind `RunLog`: what each level shows on standard error and writes to the file.
@Suite struct RunLogTests {
  final class Lines: @unchecked Sendable {
    var all: [String] = []
  }

  static func folder(_ tag: String) -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("runlog-\(tag)-\(UUID().uuidString)")
    return dir.path
  }

  static func fileText(_ log: RunLog) throws -> String {
    try String(contentsOfFile: try #require(log.filePath), encoding: .utf8)
  }

  @Test(arguments: [
    (RunLog.Level.quiet, ["warning: w", "safeguard: error: e"]),
    (.normal, ["i", "warning: w", "safeguard: error: e"]),
    (.verbose, ["i", "d", "warning: w", "safeguard: error: e"]),
  ])
  func eachLevelShowsItsLinesOnTheTerminalAndTheFileAtLeastTheNormalOnes(level: RunLog.Level, shown: [String]) throws {
    let lines = Lines()
    let log = RunLog(level: level, write: { lines.all.append($0) })
    log.startFile(folder: Self.folder("levels"), runID: RunID(suffix: 1), retentionDays: 90)
    log.info("i")
    log.detail("d")
    log.problem("warning: w")
    log.failure("safeguard: error: e")
    #expect(lines.all == shown)
    let file = try Self.fileText(log).split(separator: "\n").map { String($0.dropFirst(22)) }
    #expect(file == (level == .verbose ? shown : ["i", "warning: w", "safeguard: error: e"]))
  }

  @Test func everyJSONLineCarriesTheRunIDAndTheStage() throws {
    let lines = Lines()
    let log = RunLog(level: .normal, format: .json, write: { lines.all.append($0) })
    let id = RunID(started: Date(timeIntervalSince1970: 1_796_608_803), suffix: 0x3f9a)
    log.startFile(folder: Self.folder("json"), runID: id, retentionDays: 90)
    log.stage = "aggregate"
    log.info("computed", ["values": .stringConvertible(12)])
    log.stage = nil
    log.failure("safeguard: error: stop", ["exit_status": .stringConvertible(73)])
    let file = try Self.fileText(log).split(separator: "\n").map(String.init)
    #expect(file == lines.all)
    let objects = try file.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    #expect(objects.map { $0["run_id"] as? String } == ["20261207T020003Z-3f9a", "20261207T020003Z-3f9a"])
    #expect(objects.map { $0["stage"] as? String } == ["aggregate", ""])
    #expect(objects.map { $0["level"] as? String } == ["info", "error"])
    #expect(objects[0]["values"] as? Int == 12 && objects[1]["exit_status"] as? Int == 73)
  }

  @Test func aFileThatCannotBeMadeIsOneWarningOnTheTerminal() {
    let lines = Lines()
    let log = RunLog(level: .quiet, write: { lines.all.append($0) })
    log.startFile(folder: "/proc/self/no-such-folder/logs", runID: RunID(suffix: 2), retentionDays: 90)
    log.info("still running")
    #expect(log.filePath == nil)
    #expect(lines.all.count == 1)
    #expect(lines.all.first?.hasPrefix("warning: cannot make the log folder /proc/self/no-such-folder/logs") == true)
  }

  @Test func theStageClockTimesEachStageInOrderAndSetsTheLogsStage() {
    let log = RunLog(level: .quiet, write: { _ in })
    var t = 10.0
    let clock = StageClock(log: log) { t }
    clock.start("read")
    #expect(log.stage == "read")
    t = 12.5
    clock.start("validate")
    t = 12.75
    clock.stop()
    #expect(log.stage == nil)
    #expect(clock.times.map(\.stage) == ["read", "validate"])
    #expect(clock.times.map(\.seconds) == [2.5, 0.25])
    #expect(clock.total == 2.75)
  }
}
