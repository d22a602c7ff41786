import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program with a time limit and a memory limit and reports how it ended, as the
/// hostile-input tests need: a hang is killed, not waited on, and memory is bounded by `ulimit -v`
/// (an allocation past it fails, and the program with it). The peak resident memory reported is
/// sampled from `/proc` while the program runs (`wait4`'s `ru_maxrss` would include the test
/// process's own memory, inherited through `posix_spawn`), so a short peak may be missed.
struct LimitedRun {
  /// The exit status, or nil when a signal ended the process.
  let status: Int32?
  /// The signal that ended the process (SIGKILL after the time limit), if any.
  let signal: Int32?
  let timedOut: Bool
  /// Peak resident memory in MiB, as sampled.
  let peakMiB: Int
  let seconds: Double
  /// Standard output and standard error, one after the other.
  let output: String

  /// Runs `executable` with `arguments`, from `directory`, killing it after `limit` seconds, with
  /// at most `memoryMiB` of address space.
  static func run(
    _ executable: String, _ arguments: [String], in directory: URL, limit: Double, memoryMiB: Int = 4096
  ) throws -> LimitedRun {
    let log = directory.appendingPathComponent(".out-\(UUID().uuidString)").path
    defer { unlink(log) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    let shell = ["/bin/sh", "-c", "ulimit -v \(memoryMiB * 1024) && exec \"$0\" \"$@\"", executable]
    let argv = (shell + arguments).map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    var pid: pid_t = 0
    let started = Date()
    let rc = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, environ)
    guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EINVAL) }
    var status: Int32 = 0
    var usage = rusage()
    var timedOut = false
    var peakKiB = 0
    while true {
      peakKiB = max(peakKiB, Self.highWaterKiB(pid))
      let r = wait4(pid, &status, WNOHANG, &usage)
      if r == pid { break }
      if r < 0 && errno != EINTR { throw POSIXError(.ECHILD) }
      if !timedOut && Date().timeIntervalSince(started) > limit {
        timedOut = true
        kill(pid, SIGKILL)
      }
      usleep(5_000)
    }
    let signal = status & 0x7F
    let output =
      (try? String(contentsOfFile: log, encoding: .utf8))
      ?? String(
        decoding: (FileManager.default.contents(atPath: log) ?? Data()), as: UTF8.self)
    return LimitedRun(
      status: signal == 0 ? (status >> 8) & 0xFF : nil, signal: signal == 0 ? nil : signal, timedOut: timedOut,
      peakMiB: peakKiB / 1024, seconds: Date().timeIntervalSince(started), output: output)
  }

  /// `VmHWM` of a running process, in KiB (0 once it has ended).
  static func highWaterKiB(_ pid: pid_t) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return 0 }
    return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
  }
}
