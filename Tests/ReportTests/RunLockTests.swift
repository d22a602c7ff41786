import Foundation
import SafeguardCore
import Testing

@testable import Report

/// The pipeline lock: one run at a time per pipeline folder, the holder named, a dead run's
/// record taken over.
@Suite struct RunLockTests {
  static func folder() -> String {
    let f = FileManager.default.temporaryDirectory.appendingPathComponent("runlock-\(UUID().uuidString)").path
    return f + "/out/quarter"
  }

  @Test func aSecondRunStopsAndNamesTheHolder() throws {
    let folder = Self.folder()
    let first = try RunLock(folder: folder, pipeline: "quarter", started: "2026-12-07T02:00:03Z")
    #expect(first.previous == nil)
    #expect(throws: RunFailure.self) {
      _ = try RunLock(folder: folder, pipeline: "quarter", started: "2026-12-07T02:05:00Z")
    }
    do {
      _ = try RunLock(folder: folder, pipeline: "quarter", started: "2026-12-07T02:05:00Z")
    } catch let failure as RunFailure {
      #expect(failure.exitStatus == .locked)
      #expect("\(failure)".contains("pid \(getpid()) started 2026-12-07T02:00:03Z"))
      #expect("\(failure)".contains("before reading anything"))
    }
    first.release()
    let again = try RunLock(folder: folder, pipeline: "quarter", started: "2026-12-07T02:06:00Z")
    #expect(again.previous == nil)
    again.release()
    #expect(try String(contentsOfFile: again.path, encoding: .utf8).isEmpty)
  }

  @Test func aRecordLeftByARunThatDidNotFinishIsTakenOver() throws {
    let folder = Self.folder()
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try "pid 999999 started 2026-12-06T02:00:00Z\n".write(
      toFile: folder + "/.run.lock", atomically: false, encoding: .utf8)
    let lock = try RunLock(folder: folder, pipeline: "quarter", started: "2026-12-07T02:00:03Z")
    #expect(lock.previous == "pid 999999 started 2026-12-06T02:00:00Z")
    #expect(try String(contentsOfFile: lock.path, encoding: .utf8) == "pid \(getpid()) started 2026-12-07T02:00:03Z\n")
  }
}
