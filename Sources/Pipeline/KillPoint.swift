import Foundation

/// Named moments of a run at which the tests kill it, to show that a run killed there leaves the
/// previous dashboards byte-identical and the history store consistent.
///
/// Set `SAFEGUARD_KILL_AT` to a point's name (`after-read`, `after-aggregate`, `inside-write`,
/// `before-commit`, `after-commit`) and the run sends itself SIGKILL on reaching it: no handler
/// runs, exactly as with `kill -9`. Unset, a point costs one comparison.
enum KillPoint {
  private static let chosen = ProcessInfo.processInfo.environment["SAFEGUARD_KILL_AT"]

  static func reach(_ name: String) {
    guard let chosen, chosen == name else { return }
    kill(getpid(), SIGKILL)
  }
}
