import Dispatch
import Foundation

/// The line a terminal shows while a long file is read: bytes and rows so far, redrawn in
/// place a few times a second and cleared when the file is done.
///
/// Drawn only on a terminal, never in quiet or JSON mode (`shows`), so cron mail, pipes and
/// log collectors never see a carriage return. A file read in under half a second shows nothing.
final class ProgressLine: @unchecked Sendable {
  private let output: LogOutput
  private let interval: DispatchTimeInterval
  private let lock = NSLock()
  private var timer: DispatchSourceTimer?
  private var file = ""
  private var size = 0
  private var bytes = 0
  private var rows = 0
  private var unit = "rows"
  /// Whether a file is being read (a timer tick after `end` draws nothing).
  private var active = false
  /// Whether the reader reports bytes (CSV) or only rows (XML).
  private var countsBytes = true
  /// The text last drawn: a tick that has nothing new to say draws nothing.
  private var drawn = ""

  /// Whether a run draws a progress line: only when standard error is a terminal, and neither
  /// `--quiet` nor `--log-format json`.
  static func shows(isTerminal: Bool, level: RunLog.Level, format: LogFormat) -> Bool {
    isTerminal && level != .quiet && format == .text
  }

  private let delay: DispatchTimeInterval

  /// - Parameter delay: how long a file is read before the line first shows; half a second, or
  ///   `SAFEGUARD_PROGRESS_AFTER_MS` from the environment (the tests draw it at once).
  init(
    output: LogOutput, interval: DispatchTimeInterval = .milliseconds(250),
    delay: DispatchTimeInterval = .milliseconds(
      ProcessInfo.processInfo.environment["SAFEGUARD_PROGRESS_AFTER_MS"].flatMap { Int($0) } ?? 500)
  ) {
    self.output = output
    self.interval = interval
    self.delay = delay
  }

  /// Starts showing the reading of `file` of `size` bytes (after the delay).
  /// - Parameter unit: what a row of this file is (`rows`, `children`).
  func begin(file: String, size: Int, unit: String = "rows", countsBytes: Bool = true) {
    lock.lock()
    active = true
    drawn = ""
    self.countsBytes = countsBytes
    self.file = file
    self.size = size
    self.unit = unit
    bytes = 0
    rows = 0
    lock.unlock()
    let t = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
    t.schedule(deadline: .now() + delay, repeating: interval)
    t.setEventHandler { [weak self] in self?.draw() }
    t.resume()
    timer = t
  }

  /// How far the reading has got; called on the reading thread, cheaply.
  func update(bytes: Int, rows: Int) {
    lock.lock()
    self.bytes = bytes
    self.rows = rows
    lock.unlock()
  }

  /// Stops drawing and clears the line.
  func end() {
    timer?.cancel()
    timer = nil
    lock.lock()
    active = false
    lock.unlock()
    output.clearProgress()
  }

  /// Draws with the lock held, so that `end` cannot clear the line before a tick draws over it.
  private func draw() {
    lock.lock()
    defer { lock.unlock() }
    guard active else { return }
    let text = Self.text(file: file, bytes: countsBytes ? bytes : nil, size: size, rows: rows, unit: unit)
    guard text != drawn else { return }
    drawn = text
    output.drawProgress(text)
  }

  /// `reading contacts.csv: 41.9 of 812.0 MB, 1,204,331 rows`; without bytes (an XML file,
  /// read by libxml2), `reading census.xml (812.0 MB): 120,331 children`.
  static func text(file: String, bytes: Int?, size: Int, rows: Int, unit: String = "rows") -> String {
    func mb(_ n: Int) -> String { String(format: "%.1f", Double(n) / 1_000_000) }
    guard let bytes else { return "reading \(file) (\(mb(size)) MB): \(rows.grouped) \(unit)" }
    return "reading \(file): \(mb(bytes)) of \(mb(size)) MB, \(rows.grouped) \(unit)"
  }
}
