import Foundation

/// One run's log file, `<out>/logs/<run id>.log`, written line by line as the run goes.
///
/// The log is for the person reading it in the morning, never part of the dashboards: a folder
/// that cannot be made or a file that cannot be written is reported once as a warning and the
/// run goes on (the dashboards are what the run is for; if they cannot be written either, the
/// run stops there with its own exit status). Each line is handed to the kernel as it comes, so
/// a run that stops or is killed leaves every line logged so far.
final class LogFile: @unchecked Sendable {
  let path: String
  private var descriptor: Int32
  /// Why the file stopped being written, once it has.
  private(set) var failure: String?

  /// Creates `folder` if needed and the file `<name>.log` in it.
  ///
  /// - Returns: nil, with the reason in `problem`, when the folder or the file cannot be made.
  static func create(folder: String, name: String, problem: (String) -> Void) -> LogFile? {
    let path = folder + "/" + name + ".log"
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      problem("warning: cannot make the log folder \(folder) (\(Self.reason(error))); this run keeps no log file")
      return nil
    }
    let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      problem(
        "warning: cannot write the log file \(path) (\(String(cString: strerror(errno)))); this run keeps no log file")
      return nil
    }
    return LogFile(path: path, descriptor: fd)
  }

  private init(path: String, descriptor: Int32) {
    self.path = path
    self.descriptor = descriptor
  }

  deinit { if descriptor >= 0 { close(descriptor) } }

  /// Appends `line` and a line end.
  ///
  /// - Returns: a warning to show, the first time a write fails (the file is written no more).
  func append(_ line: String) -> String? {
    guard descriptor >= 0 else { return nil }
    var bytes = Array((line + "\n").utf8)
    var done = 0
    while done < bytes.count {
      let n = bytes.withUnsafeMutableBytes { write(descriptor, $0.baseAddress! + done, $0.count - done) }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else {
        let why = String(cString: strerror(errno))
        failure = why
        close(descriptor)
        descriptor = -1
        return "warning: the log file \(path) could not be written (\(why)); the run goes on without it"
      }
      done += n
    }
    return nil
  }

  /// The sentence of a Foundation error, without its wrapping: `Read-only file system`.
  static func reason(_ error: Error) -> String {
    if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(Int32(underlying.code)))
    }
    return error.localizedDescription
  }
}
