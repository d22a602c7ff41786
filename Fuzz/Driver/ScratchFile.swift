import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A file the targets write each input to, since the readers take paths (as `run` does): in
/// `/dev/shm` when there is one, named for the process so parallel fuzzers do not meet.
public struct ScratchFile {
  public let folder: String
  public let path: String

  public init(name: String) {
    let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    folder = base + "/safeguard-fuzz-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    path = folder + "/" + name
    ScratchFile.folders.append(folder)
    if ScratchFile.folders.count == 1 {
      atexit { for f in ScratchFile.folders { try? FileManager.default.removeItem(atPath: f) } }
    }
  }

  /// The folders made, removed when the process exits.
  nonisolated(unsafe) static var folders: [String] = []

  /// Replaces the file's bytes with `data`.
  public func write(_ data: UnsafeRawBufferPointer) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    precondition(fd >= 0, "cannot write \(path)")
    var done = 0
    while done < data.count {
      let n = Glibc.write(fd, data.baseAddress! + done, data.count - done)
      precondition(n > 0, "cannot write \(path)")
      done += n
    }
    close(fd)
  }
}
