import Foundation
import History
import Testing

/// A run that cannot finish never harms what the last good run left: the dashboards stay
/// byte-identical and the history store says what happened.
@Suite(.serialized) struct SafeFailureTests {
  /// Yesterday's good run over `contacts`, into `dir/out`; its dashboards, name → bytes.
  static func goodRun(_ dir: URL) throws -> (folder: URL, files: [String: Data]) {
    let night = try HistoryRunTests.night(dir, contacts: HistoryRunTests.contacts(fromYear: 2022))
    #expect(night.result.status == 0)
    return (night.folder, try Binary.files(in: night.folder))
  }

  /// Today's export: different from yesterday's, so replaced outputs would show.
  static let changedExport = HistoryRunTests.contacts(fromYear: 2022, dropMonth: "2024-11")

  static func store(_ dir: URL) throws -> HistoryStore {
    try HistoryStore(path: dir.appendingPathComponent("out/history.sqlite").path)
  }

  @Test func aFullDiskExits74AndKeepsThePreviousDashboards() throws {
    let dir = Binary.temporaryDirectory("full")
    let (folder, before) = try Self.goodRun(dir)
    _ = try Binary.inputFolder(["contacts.csv": Self.changedExport], in: dir)
    // A 48 KiB file-size limit: the store (already larger) can still be updated in place, but no
    // new dashboard file can be written past it. The process ignores SIGXFSZ, so writes fail with EFBIG.
    let r = try Binary.shell(
      "ulimit -f 48 && exec \"$SAFEGUARD\" run \(dir.path)/nightly.pipeline.yaml --out \(dir.path)/out -q")
    #expect(r.status == 74)
    #expect(r.stderr.contains("the disk is full (or a size limit was reached)"))
    #expect(try Binary.files(in: folder) == before)
    // The store is as it was: the limit stopped even the record of the run's start.
    let runs = try Self.store(dir).runs()
    #expect(runs.map(\.outcome) == ["finished"])
    #expect(try Self.store(dir).values(of: runs[0].id).count > 0)
  }

  @Test func anUnwritableOutputFolderExits73AndKeepsThePreviousDashboards() throws {
    let dir = Binary.temporaryDirectory("readonly")
    let (folder, before) = try Self.goodRun(dir)
    _ = try Binary.inputFolder(["contacts.csv": Self.changedExport], in: dir)
    let out = dir.appendingPathComponent("out").path
    let run = "\"$SAFEGUARD\" run \(dir.path)/nightly.pipeline.yaml --out \(out) -q"
    // Permissions do not stop root, so as root the folder is mounted read-only in a private mount
    // namespace; as anyone else it is made read-only.
    let r =
      getuid() == 0
      ? try Binary.shell("exec unshare -m sh -c 'mount --bind -o ro \(out) \(out) && exec \(run)'")
      : try Binary.shell("chmod -R a-w \(out) && \(run); s=$?; chmod -R u+w \(out); exit $s")
    #expect(r.status == 73, "\(r.stderr)")
    #expect(r.stderr.contains("Read-only file system") || r.stderr.contains("Permission denied"))
    #expect(try Binary.files(in: folder) == before)
    #expect(try Self.store(dir).runs().map(\.outcome) == ["finished"])
  }

  /// Killed with SIGKILL at each named moment: before the new folder is in place the old one is
  /// byte-identical; after, the new one is complete. The store has the run as unfinished, and
  /// the next run repairs what was left and finishes.
  @Test(arguments: ["after-read", "after-aggregate", "inside-write", "before-commit", "after-commit"])
  func aRunKilledAtAnyMomentLeavesCompleteDashboardsAndAConsistentStore(point: String) throws {
    let dir = Binary.temporaryDirectory("kill-\(point)")
    let (folder, before) = try Self.goodRun(dir)
    _ = try Binary.inputFolder(["contacts.csv": Self.changedExport], in: dir)
    let r = try Binary.run(
      [
        "run", dir.appendingPathComponent("nightly.pipeline.yaml").path, "--out",
        dir.appendingPathComponent("out").path,
      ],
      environment: ["SAFEGUARD_KILL_AT": point])
    #expect(r.status == 9 + 128 || r.status == 9, "killed by SIGKILL, got \(r.status)")
    let after = try Binary.files(in: folder)
    if point == "after-commit" {
      #expect(after != before && after.keys == before.keys)
    } else {
      #expect(after == before)
    }
    #expect(try Self.store(dir).runs().map(\.outcome) == ["unfinished", "finished"])
    // Nothing but the dashboards and the locks is left beside them.
    let beside = try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path)
    let left = beside.filter { $0.contains(".tmp-") || $0.contains(".old-") }
    #expect(left.count <= 1)
    // The next run takes over and finishes.
    let next = try Binary.run(
      [
        "run", dir.appendingPathComponent("nightly.pipeline.yaml").path, "--out",
        dir.appendingPathComponent("out").path,
      ])
    #expect(next.status == 0)
    #expect(next.stderr.contains("did not finish; its lock"))
    let cleaned = try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path)
    #expect(!cleaned.contains { $0.contains(".tmp-") || $0.contains(".old-") })
    #expect(try Self.store(dir).runs().map(\.outcome) == ["finished", "unfinished", "finished"])
  }

  /// Two runs of one pipeline at once: the second stops before reading anything, naming the first.
  @Test func aSecondRunWhileTheFirstIsReadingExits75() throws {
    let dir = Binary.temporaryDirectory("concurrent")
    let out = dir.appendingPathComponent("out")
    let first = Process()
    first.executableURL = URL(fileURLWithPath: Binary.path)
    first.arguments = ["run", "pipelines/quarter.pipeline.yaml", "--out", out.path, "-q"]
    first.currentDirectoryURL = Binary.repoRoot
    try first.run()
    // Wait until the first run has recorded itself in the lock file.
    let lock = out.appendingPathComponent("quarter/.run.lock").path
    var holder = ""
    for _ in 0..<2000 where holder.isEmpty {
      holder = (try? String(contentsOfFile: lock, encoding: .utf8)) ?? ""
      if holder.isEmpty { usleep(5000) }
    }
    #expect(holder.hasPrefix("pid \(first.processIdentifier) started "))
    let second = try Binary.run(["run", "pipelines/quarter.pipeline.yaml", "--out", out.path])
    first.waitUntilExit()
    #expect(second.status == 75)
    #expect(second.stderr.contains("pid \(first.processIdentifier) started"))
    #expect(!second.stderr.contains("read "))
    #expect(first.terminationStatus == 0)
    #expect(try Self.store(dir).runs().count == 1)
  }
}
