import Foundation
import Report
import Testing

/// A second run of the same pipeline into the same folder stops at once with exit 75.
@Suite struct RunLockCommandTests {
  @Test func aSecondRunExits75BeforeReadingAndNamesTheFirst() throws {
    let out = Binary.temporaryDirectory("runlock")
    let held = try RunLock(
      folder: out.appendingPathComponent("quarter").path, pipeline: "quarter", started: "2026-12-07T02:00:03Z")
    defer { held.release() }
    let r = try Binary.run(["run", "pipelines/quarter.pipeline.yaml", "--out", out.path])
    #expect(r.status == 75)
    #expect(r.stderr.contains("pid \(getpid()) started 2026-12-07T02:00:03Z"))
    // Nothing was read: no ingest line in the log, and no period folder was made.
    #expect(!r.stderr.contains("read ") && !r.stdout.contains("read "))
    let made = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("quarter").path)
    #expect(made == [".run.lock"])
  }
}
