import Foundation
import Logging

/// Where the run log's lines go: standard error at the level asked for, and the run's log file
/// at least at the normal level (so `--quiet` keeps the terminal silent, not the file).
///
/// One lock orders every write, the progress line's included, so a line never lands in the
/// middle of another or after a half-drawn progress line.
final class LogOutput: @unchecked Sendable {
  let format: LogFormat
  /// The lowest level shown on standard error.
  let consoleLevel: Logger.Level
  /// The lowest level written to the log file.
  let fileLevel: Logger.Level
  private let console: (String) -> Void
  private let lock = NSLock()
  private var file: LogFile?
  private var runID: String?
  private var stage: String?
  /// Whether a progress line is on the terminal now (to be cleared before the next line).
  private var progressShown = false

  init(format: LogFormat, consoleLevel: Logger.Level, fileLevel: Logger.Level, console: @escaping (String) -> Void) {
    self.format = format
    self.consoleLevel = consoleLevel
    self.fileLevel = fileLevel
    self.console = console
  }

  /// The lowest level any destination takes.
  var lowestLevel: Logger.Level { min(consoleLevel, fileLevel) }

  func write(level: Logger.Level, message: String, fields: Logger.Metadata) {
    lock.lock()
    defer { lock.unlock() }
    let line = LogLine(level: level, message: message, runID: runID, stage: stage, fields: fields)
    if level >= consoleLevel { toConsole(format.line(line, forFile: false)) }
    if level >= fileLevel, let file, let warning = file.append(format.line(line, forFile: true)) {
      toConsole(format.line(LogLine(level: .warning, message: warning, runID: runID, stage: stage), forFile: false))
    }
  }

  /// Writes a line to standard error only (the log file's own problems).
  func consoleOnly(level: Logger.Level, _ message: String) {
    lock.lock()
    defer { lock.unlock() }
    toConsole(format.line(LogLine(level: level, message: message, runID: runID, stage: stage), forFile: false))
  }

  private func toConsole(_ text: String) {
    if progressShown {
      console(Self.clearLine)
      progressShown = false
    }
    console(text + "\n")
  }

  // MARK: The run's context

  func setRunID(_ id: String?) { locked { runID = id } }
  func setStage(_ name: String?) { locked { stage = name } }
  var currentStage: String? { locked { stage } }
  func attach(_ f: LogFile?) { locked { file = f } }
  var filePath: String? { locked { file?.path } }

  // MARK: Progress line

  /// Carriage return, then erase to the end of the line.
  static let clearLine = "\r\u{1B}[K"

  /// Draws `text` over the progress line on the terminal.
  func drawProgress(_ text: String) {
    locked {
      console("\r" + text + "\u{1B}[K")
      progressShown = true
    }
  }

  /// Clears the progress line, if one is shown.
  func clearProgress() {
    locked {
      if progressShown { console(Self.clearLine) }
      progressShown = false
    }
  }

  private func locked<T>(_ body: () -> T) -> T {
    lock.lock()
    defer { lock.unlock() }
    return body()
  }
}

/// The swift-log handler of the run log: every event goes to the `LogOutput`, which formats it.
struct RunLogHandler: LogHandler {
  let output: LogOutput
  var metadata: Logger.Metadata = [:]
  var logLevel: Logger.Level

  init(output: LogOutput) {
    self.output = output
    logLevel = output.lowestLevel
  }

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  func log(event: LogEvent) {
    output.write(
      level: event.level, message: event.message.description,
      fields: metadata.merging(event.metadata ?? [:]) { _, new in new })
  }
}
