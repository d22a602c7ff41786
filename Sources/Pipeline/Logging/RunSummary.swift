import Foundation
import Logging
import SafeguardCore

/// The block at the end of every run: what was read, rows in and rejected per file, findings by
/// severity, outputs written and the time each stage took, as lines for the run log (each with
/// its fields for `--log-format json`).
///
/// A run that stopped says where, and lists what it got through.
struct RunSummary {
  /// One input as the run read it (or skipped it).
  struct Input {
    var file: String
    /// nil for a file that was skipped.
    var rows: Int?
    /// Rows that could not be used; nil where a file has no such count (a census).
    var rejected: Int?
    /// What a row of the file is: `rows`, or `children` for a census.
    var unit = "rows"
  }

  var runID: String
  var pipeline: String
  var inputs: [Input] = []
  var findings: [Severity: Int]?
  /// The folder the outputs went to, and their names.
  var folder: String?
  var outputs: [String] = []
  var stages: [(stage: String, seconds: Double)] = []
  var totalSeconds: Double
  /// The stage the run stopped in, and why; nil for a run that finished.
  var stopped: (stage: String?, reason: String)?

  struct Line {
    let message: String
    let fields: Logger.Metadata
  }

  var lines: [Line] {
    var out: [Line] = []
    let took = Self.seconds(totalSeconds)
    if let stopped {
      let where_ = stopped.stage.map { " in the \($0) stage" } ?? ""
      out.append(
        Line(
          message: "summary of run \(runID) (\(pipeline)): stopped\(where_) after \(took) s: \(stopped.reason)",
          fields: ["outcome": "stopped", "pipeline": .string(pipeline), "seconds": .stringConvertible(totalSeconds)]))
    } else {
      out.append(
        Line(
          message: "summary of run \(runID) (\(pipeline)): finished in \(took) s",
          fields: ["outcome": "finished", "pipeline": .string(pipeline), "seconds": .stringConvertible(totalSeconds)]))
    }
    for input in inputs {
      guard let rows = input.rows else {
        out.append(
          Line(
            message: "  input \(input.file): skipped",
            fields: ["file": .string(input.file), "rows": .stringConvertible(0), "skipped": .stringConvertible(true)]))
        continue
      }
      var fields: Logger.Metadata = ["file": .string(input.file), "rows": .stringConvertible(rows)]
      var text = "  input \(input.file): \(rows.grouped) \(input.unit) in"
      if let rejected = input.rejected {
        fields["rejected"] = .stringConvertible(rejected)
        text += ", \(rejected.grouped) rejected"
      }
      out.append(Line(message: text, fields: fields))
    }
    if let findings {
      let counts = Severity.allCases.map { ($0, findings[$0] ?? 0) }
      out.append(
        Line(
          message: "  findings: "
            + counts.map { "\($1.grouped) \(Self.plural($0))" }.joined(separator: ", "),
          fields: Logger.Metadata(uniqueKeysWithValues: counts.map { (Self.plural($0), .stringConvertible($1)) })))
    }
    if let folder {
      out.append(
        Line(
          message: "  outputs in \(folder)/: " + outputs.joined(separator: ", "),
          fields: ["folder": .string(folder), "outputs": .array(outputs.map { .string($0) })]))
    }
    for (stage, seconds) in stages {
      out.append(
        Line(
          message: "  stage \(stage): \(Self.seconds(seconds)) s",
          fields: ["stage": .string(stage), "seconds": .stringConvertible(seconds)]))
    }
    return out
  }

  /// `errors`, `queries`, `warnings`: the summary's words and the JSON fields' names.
  static func plural(_ s: Severity) -> String { s == .query ? "queries" : s.rawValue + "s" }

  /// Seconds to the millisecond: `0.012`, `3.400`.
  static func seconds(_ s: Double) -> String { String(format: "%.3f", s) }
}
