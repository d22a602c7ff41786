import Foundation
import Logging

/// The run's account for a person reading it in the morning: what was read, found and written.
///
/// A thin layer over a swift-log `Logger` whose handler (`RunLogHandler`) writes to standard
/// error, so standard output stays free for tables, and, once a run has one, to its log file.
/// `quiet` shows only warnings and problems that stop the run; `verbose` adds every finding and
/// per-file detail. The log file takes at least what the normal level shows, whatever the level.
public final class RunLog: @unchecked Sendable {
  public enum Level: Int, Sendable { case quiet, normal, verbose }

  public let level: Level
  public let format: LogFormat
  let output: LogOutput
  private let logger: Logger
  /// The line on a terminal that shows how far a long read has got; nil when not drawn.
  let progress: ProgressLine?

  /// - Parameters:
  ///   - isTerminal: whether standard error is a terminal (`isatty(2)`); only then, and neither
  ///     quiet nor JSON, is a progress line drawn during long reads.
  ///   - write: where each line goes instead of standard error (tests); given a line without its end.
  public init(
    level: Level, format: LogFormat = .text, isTerminal: Bool = false, write: ((String) -> Void)? = nil
  ) {
    self.level = level
    self.format = format
    let console: (String) -> Void =
      write.map { w in { text in w(text.hasSuffix("\n") ? String(text.dropLast()) : text) } } ?? Self.standardError
    let output = LogOutput(
      format: format, consoleLevel: level == .quiet ? .warning : level == .normal ? .info : .debug,
      fileLevel: level == .verbose ? .debug : .info, console: console)
    self.output = output
    logger = Logger(label: "safeguard.run") { _ in RunLogHandler(output: output) }
    progress =
      ProgressLine.shows(isTerminal: isTerminal, level: level, format: format) ? ProgressLine(output: output) : nil
  }

  /// Writes text to standard error as it is.
  static func standardError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// A line shown unless quiet (and always written to the log file).
  public func info(_ line: String, _ fields: Logger.Metadata = [:]) { logger.info("\(line)", metadata: fields) }

  /// A line shown only when verbose.
  public func detail(_ line: String, _ fields: Logger.Metadata = [:]) { logger.debug("\(line)", metadata: fields) }

  /// A line always shown: a warning the person reading the cron mail should see.
  public func problem(_ line: String, _ fields: Logger.Metadata = [:]) { logger.warning("\(line)", metadata: fields) }

  /// The problem that stopped the run, always shown.
  public func failure(_ line: String, _ fields: Logger.Metadata = [:]) { logger.error("\(line)", metadata: fields) }

  /// The stage under way, carried by every line (`stage` in JSON).
  public var stage: String? {
    get { output.currentStage }
    set { output.setStage(newValue) }
  }

  /// The log file's path, once the run has one.
  public var filePath: String? { output.filePath }

  /// Starts the run's log file `<folder>/<run id>.log`, after removing logs older than
  /// `retentionDays` from the folder; every line from now on carries the run's id. A folder or
  /// file that cannot be written is a warning on standard error, never a reason to stop.
  func startFile(folder: String, runID: RunID, retentionDays: Int) {
    output.setRunID(runID.text)
    let removed = LogRetention.prune(folder: folder, keepingDays: retentionDays)
    let file = LogFile.create(folder: folder, name: runID.text) { output.consoleOnly(level: .warning, $0) }
    output.attach(file)
    if !removed.isEmpty {
      detail(
        "removed \(removed.count) run logs older than \(retentionDays) days from \(folder)",
        ["removed": .array(removed.map { .string($0) })])
    }
  }
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
