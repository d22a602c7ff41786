import Foundation
import Logging

/// How the run log's lines are written: plain sentences (the default), or one JSON object per
/// line (`--log-format json`) for a log collector.
public enum LogFormat: String, Sendable, CaseIterable {
  case text, json

  /// One line (without its line end) for `event`.
  ///
  /// Text on the terminal is the message alone, as it always was; in the log file each line
  /// starts with its UTC time. JSON always carries `time`, `level`, `run_id` (empty before the
  /// run has one), `stage` and `message`, then the event's fields in key order; a field named
  /// `stage` replaces the current one.
  public func line(_ event: LogLine, forFile: Bool) -> String {
    switch self {
    case .text:
      return forFile ? LogLine.timeText(event.time) + "  " + event.message : event.message
    case .json:
      var fields = event.fields
      let stage = fields.removeValue(forKey: "stage") ?? .string(event.stage ?? "")
      var out = "{\"time\":" + JSONText.string(LogLine.timeText(event.time, milliseconds: true))
      out += ",\"level\":" + JSONText.string(event.level.rawValue)
      out += ",\"run_id\":" + JSONText.string(event.runID ?? "")
      out += ",\"stage\":" + JSONText.value(stage)
      out += ",\"message\":" + JSONText.string(event.message.trimmingCharacters(in: .whitespaces))
      for key in fields.keys.sorted() where !LogLine.reserved.contains(key) {
        out += "," + JSONText.string(key) + ":" + JSONText.value(fields[key]!)
      }
      return out + "}"
    }
  }
}

/// One event of the run log, as the handler hands it to a format.
public struct LogLine: Sendable {
  public var time: Date
  public var level: Logger.Level
  public var message: String
  public var runID: String?
  /// The pipeline stage under way (read, validate, …), if any.
  public var stage: String?
  public var fields: Logger.Metadata

  public init(
    time: Date = Date(), level: Logger.Level, message: String, runID: String? = nil, stage: String? = nil,
    fields: Logger.Metadata = [:]
  ) {
    self.time = time
    self.level = level
    self.message = message
    self.runID = runID
    self.stage = stage
    self.fields = fields
  }

  /// Keys every JSON line has; a field of the same name is dropped rather than written twice.
  static let reserved: Set<String> = ["time", "level", "run_id", "message"]

  /// `2026-12-07T02:00:03Z`, or `2026-12-07T02:00:03.250Z` with milliseconds.
  static func timeText(_ time: Date, milliseconds: Bool = false) -> String {
    let f = ISO8601DateFormatter()
    f.timeZone = TimeZone(identifier: "UTC")
    f.formatOptions = milliseconds ? [.withInternetDateTime, .withFractionalSeconds] : [.withInternetDateTime]
    return f.string(from: time)
  }
}

/// JSON text for the log's values, written by hand so each line's keys keep their order.
enum JSONText {
  /// A JSON string literal: quotes, backslashes and control characters escaped.
  static func string(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where u.value < 0x20 || u.value == 0x7F:
        out += "\\u" + String(repeating: "0", count: 4 - String(u.value, radix: 16).count) + String(u.value, radix: 16)
      default: out.unicodeScalars.append(u)
      }
    }
    return out + "\""
  }

  /// A metadata value: whole numbers, decimals and booleans given as such stay numbers and
  /// booleans; everything else is a string; arrays and dictionaries nest.
  static func value(_ v: Logger.MetadataValue) -> String {
    switch v {
    case .string(let s): return string(s)
    case .stringConvertible(let c):
      switch c {
      case let i as Int: return String(i)
      case let d as Double: return d.isFinite ? number(d) : string(String(d))
      case let b as Bool: return b ? "true" : "false"
      default: return string(c.description)
      }
    case .array(let a): return "[" + a.map(value).joined(separator: ",") + "]"
    case .dictionary(let d):
      return "{" + d.keys.sorted().map { string($0) + ":" + value(d[$0]!) }.joined(separator: ",") + "}"
    }
  }

  /// Seconds and shares to the millisecond: `1.234`, `0`, `12.5`.
  static func number(_ d: Double) -> String {
    let rounded = (d * 1000).rounded() / 1000
    if rounded == rounded.rounded() && abs(rounded) < 1e15 { return String(Int(rounded)) }
    return String(rounded)
  }
}
