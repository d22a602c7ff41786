import Foundation
import SafeguardCore
import Testing

@testable import Report

/// Atomic replacement, abandonment and the lock.
@Suite struct OutputFolderTests {
  /// A fresh folder under the system temporary folder, removed by `cleanUp`.
  struct Scratch {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("outputfolder-\(UUID().uuidString)").path
    var final: String { root + "/quarter/2024-25-Q3" }
    var parent: String { root + "/quarter" }
    func cleanUp() { try? FileManager.default.removeItem(atPath: root) }
    func contents(_ path: String) -> [String] {
      ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }
    func read(_ path: String) -> String? {
      FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }
  }

  @Test func firstRunCreatesParentsAndFolder() throws {
    let s = Scratch()
    defer { s.cleanUp() }
    let out = try OutputFolder(final: s.final)
    #expect(out.temporaryPath == s.parent + "/.2024-25-Q3.tmp-\(getpid())")
    #expect(FileManager.default.fileExists(atPath: out.temporaryPath))
    try out.write("b.csv", Array("b\r\n".utf8))
    try out.write("a.csv", Array("a\r\n".utf8))
    #expect(out.written == ["a.csv", "b.csv"])
    #expect(!FileManager.default.fileExists(atPath: s.final))  // nothing in place until commit
    try out.commit()
    #expect(s.contents(s.final) == ["a.csv", "b.csv"])
    #expect(s.read(s.final + "/a.csv") == "a\r\n")
    // Only the lock file stays beside the folder.
    #expect(s.contents(s.parent) == [".2024-25-Q3.lock", "2024-25-Q3"])
  }

  @Test func commitReplacesAnExistingFolder() throws {
    let s = Scratch()
    defer { s.cleanUp() }
    let first = try OutputFolder(final: s.final)
    try first.write("old.csv", Array("old".utf8))
    try first.write("shared.csv", Array("yesterday".utf8))
    try first.commit()

    let second = try OutputFolder(final: s.final)
    try second.write("new.csv", Array("new".utf8))
    try second.write("shared.csv", Array("today".utf8))
    // Until commit, yesterday's folder is untouched.
    #expect(s.contents(s.final) == ["old.csv", "shared.csv"])
    try second.commit()
    #expect(s.contents(s.final) == ["new.csv", "shared.csv"])
    #expect(s.read(s.final + "/shared.csv") == "today")
    #expect(s.contents(s.parent) == [".2024-25-Q3.lock", "2024-25-Q3"])  // no tmp or old left
  }

  @Test func abandonLeavesTheOldFolderUntouched() throws {
    let s = Scratch()
    defer { s.cleanUp() }
    let first = try OutputFolder(final: s.final)
    try first.write("good.csv", Array("good".utf8))
    try first.commit()

    let failed = try OutputFolder(final: s.final)
    try failed.write("half.csv", Array("half".utf8))
    failed.abandon()
    #expect(s.contents(s.final) == ["good.csv"])
    #expect(s.read(s.final + "/good.csv") == "good")
    #expect(s.contents(s.parent) == [".2024-25-Q3.lock", "2024-25-Q3"])
    // The lock was released: another run can start.
    let next = try OutputFolder(final: s.final)
    next.abandon()
  }

  @Test func deinitAbandonsAndReleasesTheLock() throws {
    let s = Scratch()
    defer { s.cleanUp() }
    do {
      let out = try OutputFolder(final: s.final)
      try out.write("x.csv", [])
    }
    #expect(s.contents(s.parent) == [".2024-25-Q3.lock"])
    let again = try OutputFolder(final: s.final)
    again.abandon()
  }

  @Test func secondFolderOnTheSameFinalIsLocked() throws {
    let s = Scratch()
    defer { s.cleanUp() }
    let holder = try OutputFolder(final: s.final)
    // flock is per open file description, so a second open + flock in this process conflicts.
    do {
      _ = try OutputFolder(final: s.final + "/")
      Issue.record("expected the lock to be held")
    } catch let e as RunFailure {
      #expect(e.exitStatus == .locked)
      #expect(e.description.contains(s.parent + "/.2024-25-Q3.lock"))
      #expect(e.description.contains("another run holds the lock"))
    }
    // The refused run removed nothing of the holder's.
    #expect(FileManager.default.fileExists(atPath: holder.temporaryPath))
    try holder.write("a.csv", Array("a".utf8))
    try holder.commit()
    #expect(s.contents(s.final) == ["a.csv"])
    // After commit the lock is free.
    let next = try OutputFolder(final: s.final)
    next.abandon()
  }

  @Test func staleTemporaryFolderOfTheSameNameIsReplaced() throws {
    let s = Scratch()
    defer { s.cleanUp() }
    let stale = s.parent + "/.2024-25-Q3.tmp-\(getpid())"
    try FileManager.default.createDirectory(atPath: stale, withIntermediateDirectories: true)
    try Data("stale".utf8).write(to: URL(fileURLWithPath: stale + "/leftover.csv"))
    let out = try OutputFolder(final: s.final)
    #expect(s.contents(out.temporaryPath).isEmpty)
    try out.commit()
    #expect(s.contents(s.final).isEmpty)
  }

  @Test(arguments: ["a/b.csv", "", ".", ".."])
  func badNamesAreRefused(name: String) throws {
    let s = Scratch()
    defer { s.cleanUp() }
    let out = try OutputFolder(final: s.final)
    #expect(throws: RunFailure.self) { try out.write(name, []) }
    out.abandon()
  }

  @Test func unwritableParentIsCannotCreate() throws {
    let s = Scratch()
    defer { s.cleanUp() }
    // A file where a parent folder should be.
    try FileManager.default.createDirectory(atPath: s.root, withIntermediateDirectories: true)
    try Data().write(to: URL(fileURLWithPath: s.parent))
    do {
      _ = try OutputFolder(final: s.final)
      Issue.record("expected cannotCreate")
    } catch let e as RunFailure {
      #expect(e.exitStatus == .cannotCreate)
      #expect(e.description.contains(s.parent))
    }
  }

  @Test func writeAfterCommitIsABug() throws {
    let s = Scratch()
    defer { s.cleanUp() }
    let out = try OutputFolder(final: s.final)
    try out.commit()
    #expect(throws: RunFailure.self) { try out.write("late.csv", []) }
    #expect(throws: RunFailure.self) { try out.commit() }
  }

  /// A folder moved aside by a run killed between the two renames (where the file system cannot
  /// exchange folders) is put back by the next run; temporary and moved-aside folders of other
  /// processes are removed.
  @Test func theNextRunRepairsWhatAKilledRunLeft() throws {
    let s = Scratch()
    defer { s.cleanUp() }
    try FileManager.default.createDirectory(
      atPath: s.parent + "/.2024-25-Q3.old-4242", withIntermediateDirectories: true)
    try Data("yesterday".utf8).write(to: URL(fileURLWithPath: s.parent + "/.2024-25-Q3.old-4242/indicators.csv"))
    try FileManager.default.createDirectory(
      atPath: s.parent + "/.2024-25-Q3.tmp-4243", withIntermediateDirectories: true)
    let folder = try OutputFolder(final: s.final)
    #expect(s.read(s.final + "/indicators.csv") == "yesterday")
    #expect(!s.contents(s.parent).contains { $0.contains(".old-") || $0.contains(".tmp-4243") })
    folder.abandon()
    #expect(s.read(s.final + "/indicators.csv") == "yesterday")
  }

  /// A full disk (or a file-size limit) is exit 74; other failures are 73.
  @Test(arguments: [
    (ENOSPC, SafeguardCore.ExitStatus.ioError), (EFBIG, .ioError), (EDQUOT, .ioError), (EACCES, .cannotCreate),
  ])
  func failuresAreSortedByCause(code: Int32, status: SafeguardCore.ExitStatus) {
    errno = code
    let f = OutputFolder.failure("Cannot write out/x.csv", advice: "check permissions")
    #expect(f.exitStatus == status)
    #expect(f.description.hasPrefix("Cannot write out/x.csv: "))
  }
}
