import Foundation

/// The run's account for a person reading it in the morning: what was read, found and written.
///
/// Goes to standard error, so standard output stays free for tables. `quiet` prints only
/// problems that stop the run; `verbose` adds every finding and per-file detail.
public final class RunLog: @unchecked Sendable {
  public enum Level: Int, Sendable { case quiet, normal, verbose }

  public let level: Level
  private let write: (String) -> Void

  public init(
    level: Level, write: @escaping (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
  ) {
    self.level = level
    self.write = write
  }

  /// A line shown unless quiet.
  public func info(_ line: String) { if level != .quiet { write(line) } }

  /// A line shown only when verbose.
  public func detail(_ line: String) { if level == .verbose { write(line) } }

  /// A line always shown.
  public func problem(_ line: String) { write(line) }
}

extension Int {
  /// 12,345
  public var grouped: String {
    let s = String(self.magnitude)
    var out = ""
    for (i, ch) in s.enumerated() {
      if i > 0 && (s.count - i) % 3 == 0 { out.append(",") }
      out.append(ch)
    }
    return (self < 0 ? "-" : "") + out
  }
}
