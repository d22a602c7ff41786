import Foundation
import SafeguardCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The lock a pipeline run takes on `<out>/<pipeline name>/` before it reads anything, so a second
/// run of the same pipeline into the same folder stops at once (exit 75) instead of racing the
/// first and overwriting newer dashboards with older ones.
///
/// The lock is a `flock` on `<out>/<pipeline name>/.run.lock`: the kernel releases it when the
/// holder exits, however it exits, so a lock is never left behind. The file records the holder's
/// process id and start time (`pid 1234 started 2026-12-07T02:00:03Z`) for the message a second
/// run prints, and is emptied when the run ends. Text left in it with no lock held means the run
/// that wrote it ended without emptying it (killed, or the machine stopped): the next run takes
/// the lock and says so (`previous`).
public final class RunLock {
  public let path: String
  /// The run recorded in the file when it was taken over from a run that did not finish.
  public let previous: String?
  private var fd: Int32

  /// Takes the lock for the pipeline folder `folder` (created if absent).
  ///
  /// - Parameter started: the start time to record, as ISO 8601.
  /// - Throws: `RunFailure(.locked, …)` naming the holder when another run holds it;
  ///   `RunFailure(.cannotCreate, …)` when the folder or the lock file cannot be created.
  public init(folder: String, pipeline: String, started: String) throws {
    try OutputFolder.makeFolders(folder)
    path = OutputFolder.join(folder, ".run.lock")
    guard let fd = try OutputFolder.tryLock(path) else {
      let holder =
        (try? String(contentsOfFile: path, encoding: .utf8))?
        .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
      throw RunFailure(
        .locked,
        "another run of pipeline '\(pipeline)' is writing \(folder) (\(holder.isEmpty ? "holder not recorded" : holder)); "
          + "this run stopped before reading anything. Wait for that run to finish, or stop it; the lock \(path) is "
          + "released when it ends.")
    }
    self.fd = fd
    let left = Self.read(fd)
    previous = left.isEmpty ? nil : left
    let record = Array("pid \(getpid()) started \(started)\n".utf8)
    guard ftruncate(fd, 0) == 0, pwrite(fd, record, record.count, 0) == record.count else {
      let why = OutputFolder.errnoText()
      close(fd)
      throw RunFailure(.ioError, "Cannot write the lock file \(path): \(why).")
    }
  }

  /// Empties the file and releases the lock (also done on deinit).
  public func release() {
    guard fd >= 0 else { return }
    _ = ftruncate(fd, 0)
    close(fd)
    fd = -1
  }

  deinit { release() }

  /// The file's text, trimmed.
  private static func read(_ fd: Int32) -> String {
    var buffer = [UInt8](repeating: 0, count: 256)
    let n = pread(fd, &buffer, buffer.count, 0)
    guard n > 0 else { return "" }
    return String(decoding: buffer[..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
