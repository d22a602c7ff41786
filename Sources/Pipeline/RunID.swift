import Foundation

/// One run's name in the history store, the log folder and the summary: the UTC start time to the
/// second and four hex digits, `20261207T020003Z-3f9a`.
///
/// It sorts by start time as text, reads as a date to a person, and the suffix keeps two runs
/// started in the same second apart.
public struct RunID: Hashable, Sendable, CustomStringConvertible, Comparable {
  public let text: String
  /// The start time it names.
  public let started: Date

  public init(started: Date = Date(), suffix: UInt16 = UInt16.random(in: 0...UInt16.max)) {
    self.started = started
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = TimeZone(identifier: "UTC")
    f.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
    text = f.string(from: started) + "-" + String(format: "%04x", suffix)
  }

  public var description: String { text }
  /// The start time as ISO 8601 (`2026-12-07T02:00:03Z`).
  public var startedISO: String { ISO8601DateFormatter().string(from: started) }
  public static func < (a: RunID, b: RunID) -> Bool { a.text < b.text }
}
