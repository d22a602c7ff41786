#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Stage timings for whoever tunes the pipeline: with `SAFEGUARD_TRACE=1` in the environment,
/// each `mark` writes `trace <seconds since the first mark> <label>` to standard error. Off (one
/// flag read) otherwise; never part of an output file.
public enum Trace {
  private static let start: Double? = getenv("SAFEGUARD_TRACE").map { _ in now() }

  /// Writes the time and `label` when tracing is on.
  public static func mark(_ label: @autoclosure () -> String) {
    guard let start else { return }
    let line = "trace \(String(format3: now() - start)) \(label())\n"
    _ = line.withCString { write(2, $0, strlen($0)) }
  }

  private static func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }
}

extension String {
  /// `x` with three decimals (no Foundation here).
  fileprivate init(format3 x: Double) {
    let ms = Int((x * 1000).rounded())
    let frac = String(ms % 1000)
    self = "\(ms / 1000)." + String(repeating: "0", count: 3 - frac.count) + frac
  }
}
