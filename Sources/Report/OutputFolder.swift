import CFileSwap
import Foundation
import SafeguardCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a run's outputs into a temporary sibling folder and moves it into place only when complete.
///
/// A failed or killed run therefore never leaves a half-written dashboard where yesterday's good
/// one was. For `out/quarter/2024-25-Q3` the sibling names are `out/quarter/.2024-25-Q3.lock`
/// (kept; only the `flock` on it matters) and `.2024-25-Q3.tmp-<pid>` while writing. The new
/// folder and the old one are exchanged in one step (`renameat2` with `RENAME_EXCHANGE`), so there
/// is no moment at which `2024-25-Q3` is missing or mixed; on a file system that cannot exchange,
/// the old folder is first renamed to `.2024-25-Q3.old-<pid>`, and a run killed between the two
/// renames is repaired by the next run, which puts that folder back. The lock is per open file
/// description, so a second `OutputFolder` on the same folder conflicts even within one process.
public final class OutputFolder {
  /// The folder the outputs end up in.
  public let finalPath: String
  /// The folder being written.
  public let temporaryPath: String
  private let parent: String
  private let last: String
  private let lockPath: String
  private var lockFD: Int32
  private var names: Set<String> = []
  private var finished = false

  /// Takes the lock and creates an empty temporary folder beside `final`.
  ///
  /// Creates the parent folders. A stale temporary folder of this process's name is removed first.
  ///
  /// - Parameter final: The output folder, e.g. `out/quarter/2024-25-Q3`.
  /// - Throws: `RunFailure(.locked, …)` when another run holds the lock;
  ///   `RunFailure(.cannotCreate, …)` when a folder or the lock file cannot be created.
  public init(final: String) throws {
    var path = final
    while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
    guard !path.isEmpty, path != "/", path != ".", path != ".." else {
      throw RunFailure(
        .cannotCreate, "Cannot use '\(final)' as an output folder; give a folder path such as out/quarter/2024-25-Q3.")
    }
    let (parent, last) = OutputFolder.split(path)
    self.finalPath = path
    self.parent = parent
    self.last = last
    self.lockPath = OutputFolder.join(parent, ".\(last).lock")
    self.temporaryPath = OutputFolder.join(parent, ".\(last).tmp-\(getpid())")
    try OutputFolder.makeFolders(parent)

    guard let fd = try OutputFolder.tryLock(lockPath) else {
      throw RunFailure(
        .locked,
        "Cannot write \(path): another run holds the lock \(lockPath); wait for it to finish and run again "
          + "(remove nothing: the lock is released when that run ends).")
    }
    self.lockFD = fd
    do {
      try OutputFolder.recover(parent: parent, last: last, final: path)
      try OutputFolder.removeTree(temporaryPath)
      guard mkdir(temporaryPath, 0o755) == 0 else {
        throw OutputFolder.failure(
          "Cannot create the folder \(temporaryPath)", advice: "check the disk and permissions")
      }
    } catch {
      close(fd)
      lockFD = -1
      finished = true
      throw error
    }
  }

  deinit { abandon() }

  /// Writes one file in the temporary folder, replacing one of the same name.
  ///
  /// - Parameters:
  ///   - name: A file name without `/` (not `.` or `..`).
  ///   - bytes: The file's contents.
  /// - Throws: `RunFailure(.cannotCreate, …)` when the file cannot be written;
  ///   `RunFailure(.software, …)` for a name with `/` or a write after `commit` or `abandon`.
  public func write(_ name: String, _ bytes: [UInt8]) throws {
    guard !finished else {
      throw RunFailure(.software, "Wrote \(name) after the output folder \(finalPath) was closed; this is a bug.")
    }
    guard !name.isEmpty, !name.contains("/"), name != ".", name != ".." else {
      throw RunFailure(.software, "'\(name)' is not a file name for the output folder \(finalPath); this is a bug.")
    }
    let path = OutputFolder.join(temporaryPath, name)
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      throw OutputFolder.failure("Cannot create \(path)", advice: "check the disk and permissions")
    }
    defer { close(fd) }
    try bytes.withUnsafeBytes { buf in
      var done = 0
      while done < buf.count {
        let n = systemWrite(fd, buf.baseAddress! + done, buf.count - done)
        if n < 0 {
          if errno == EINTR { continue }
          throw OutputFolder.failure("Cannot write \(path)", advice: "check the free space on the disk")
        }
        done += n
      }
    }
    guard fsync(fd) == 0 else {
      throw OutputFolder.failure("Cannot flush \(path) to disk", advice: "check the free space on the disk")
    }
    names.insert(name)
  }

  /// Names written so far, sorted.
  public var written: [String] { names.sorted() }

  /// Replaces `final` with the temporary folder and releases the lock.
  ///
  /// Exchanges the two folders in one step and removes the old one (now at the temporary path).
  /// Where the file system cannot exchange, renames `final` to `.<last>.old-<pid>`, the temporary
  /// folder to `final`, and removes the old one; if the second rename fails the old folder is
  /// renamed back, so `final` keeps its previous contents.
  ///
  /// - Throws: `RunFailure(.cannotCreate, …)` when a rename fails; `RunFailure(.software, …)` when
  ///   already committed or abandoned.
  public func commit() throws {
    guard !finished else {
      throw RunFailure(.software, "Committed the output folder \(finalPath) twice; this is a bug.")
    }
    if access(finalPath, F_OK) == 0 {
      if cfileswap_exchange(temporaryPath, finalPath) == 0 {
        finished = true
        OutputFolder.syncFolder(parent)
        try? OutputFolder.removeTree(temporaryPath)
        releaseLock()
        return
      }
      guard errno == EINVAL || errno == ENOSYS || errno == ENOTSUP else {
        throw OutputFolder.failure(
          "Cannot move \(temporaryPath) into place as \(finalPath)", advice: "the previous folder is unchanged")
      }
    }
    let old = OutputFolder.join(parent, ".\(last).old-\(getpid())")
    var moved = false
    if access(finalPath, F_OK) == 0 {
      try OutputFolder.removeTree(old)
      guard rename(finalPath, old) == 0 else {
        throw OutputFolder.failure("Cannot move the previous \(finalPath) aside to \(old)", advice: "check permissions")
      }
      moved = true
    }
    if rename(temporaryPath, finalPath) != 0 {
      let failure = OutputFolder.failure(
        "Cannot move \(temporaryPath) into place as \(finalPath)", advice: "the previous folder is unchanged")
      if moved { _ = rename(old, finalPath) }
      throw failure
    }
    finished = true
    OutputFolder.syncFolder(parent)
    if moved { try? OutputFolder.removeTree(old) }
    releaseLock()
  }

  /// What earlier runs killed part-way left beside `final`, cleared while the lock is held: a
  /// folder moved aside and never replaced is put back; temporary and moved-aside folders are removed.
  static func recover(parent: String, last: String, final: String) throws {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
    let olds = names.filter { $0.hasPrefix(".\(last).old-") }.sorted()
    if access(final, F_OK) != 0, let old = olds.first {
      guard rename(join(parent, old), final) == 0 else {
        throw failure("Cannot put the previous \(final) back from \(old)", advice: "rename it by hand")
      }
    }
    for name in names where name.hasPrefix(".\(last).tmp-") || name.hasPrefix(".\(last).old-") {
      try removeTree(join(parent, name))
    }
  }

  /// The failure for a system call that just failed: a full disk (or a file-size limit) is exit
  /// 74, anything else 73.
  static func failure(_ what: String, advice: String) -> RunFailure {
    let e = errno
    let text = String(cString: strerror(e))
    switch e {
    case ENOSPC, EDQUOT, EFBIG:
      return RunFailure(
        .ioError,
        "\(what): \(text); the disk is full (or a size limit was reached). Free some space and run again; the previous dashboards are unchanged."
      )
    case EIO:
      return RunFailure(
        .ioError, "\(what): \(text); the disk reported an error. The previous dashboards are unchanged.")
    default:
      return RunFailure(.cannotCreate, "\(what): \(text); \(advice).")
    }
  }

  /// Removes the temporary folder and releases the lock (also done by deinit if not committed).
  public func abandon() {
    if !finished {
      finished = true
      try? OutputFolder.removeTree(temporaryPath)
    }
    releaseLock()
  }

  private func releaseLock() {
    if lockFD >= 0 {
      close(lockFD)
      lockFD = -1
    }
  }

  // MARK: Paths

  static func split(_ path: String) -> (parent: String, last: String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    let parent = String(path[..<slash])
    return (parent.isEmpty ? "/" : parent, String(path[path.index(after: slash)...]))
  }

  public static func join(_ a: String, _ b: String) -> String { a.hasSuffix("/") ? a + b : a + "/" + b }

  /// Opens (creating) `path` and takes an exclusive `flock` on it without waiting: the open
  /// descriptor, or nil when another open file holds the lock.
  static func tryLock(_ path: String) throws -> Int32? {
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      throw RunFailure(
        .cannotCreate, "Cannot create the lock file \(path): \(errnoText()); check the folder's permissions.")
    }
    guard flock(fd, LOCK_EX | LOCK_NB) != 0 else { return fd }
    let e = errno
    close(fd)
    if e == EWOULDBLOCK || e == EAGAIN { return nil }
    throw RunFailure(.cannotCreate, "Cannot lock \(path): \(String(cString: strerror(e))).")
  }

  static func errnoText() -> String { String(cString: strerror(errno)) }

  /// `mkdir -p`.
  static func makeFolders(_ path: String) throws {
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue { return }
    let (parent, _) = split(path)
    if parent != path && parent != "." && parent != "/" { try makeFolders(parent) }
    if mkdir(path, 0o755) != 0 {
      let e = errno
      if e == EEXIST, FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue { return }
      let text = e == EEXIST ? "it exists and is not a folder" : String(cString: strerror(e))
      throw RunFailure(.cannotCreate, "Cannot create the folder \(path): \(text); check the path and its permissions.")
    }
  }

  /// Removes a file or folder tree; nothing when it does not exist.
  static func removeTree(_ path: String) throws {
    var st = stat()
    guard lstat(path, &st) == 0 || errno != ENOENT else { return }
    do {
      try FileManager.default.removeItem(atPath: path)
    } catch {
      throw RunFailure(
        .cannotCreate, "Cannot remove the stale folder \(path): \(error.localizedDescription); remove it by hand.")
    }
  }

  /// Flushes a folder's entries (the renames) to disk; best effort.
  static func syncFolder(_ path: String) {
    let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if fd >= 0 {
      _ = fsync(fd)
      close(fd)
    }
  }
}

/// `write(2)`, reachable from inside `OutputFolder` where `write` names the method.
private func systemWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int { write(fd, p, n) }
