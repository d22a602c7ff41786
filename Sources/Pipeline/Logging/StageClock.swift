import Foundation

/// How long each stage of a run took, in the order they ran, for the run's summary.
///
/// Starting a stage ends the one before; the stage under way is also the `stage` of every log
/// line. A class, so that a run that stops with an error still has the times of the stages it
/// got through.
final class StageClock: @unchecked Sendable {
  /// The stages of a pipeline run, in order.
  static let runStages = ["read", "validate", "transform", "aggregate", "benchmark", "reconcile", "write"]

  private let log: RunLog
  private let now: () -> Double
  private(set) var times: [(stage: String, seconds: Double)] = []
  private var current: (stage: String, since: Double)?
  private let started: Double

  init(log: RunLog, now: @escaping () -> Double = StageClock.monotonic) {
    self.log = log
    self.now = now
    started = now()
  }

  /// The stage now under way, if any.
  var stage: String? { current?.stage }

  /// Ends the stage under way and starts `name`.
  func start(_ name: String) {
    stop()
    current = (name, now())
    log.stage = name
  }

  /// Ends the stage under way.
  func stop() {
    guard let c = current else { return }
    times.append((c.stage, now() - c.since))
    current = nil
    log.stage = nil
  }

  /// Seconds since the clock was made.
  var total: Double { now() - started }

  static func monotonic() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }
}
