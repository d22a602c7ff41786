import Foundation
import SafeguardCore

@testable import History

/// Small stores and values for the history tests.
enum HistoryFixtures {
  static func temporaryStorePath(_ tag: String) -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("history-\(tag)-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir.appendingPathComponent("history.sqlite").path
  }

  static func run(
    _ id: String, pipeline: String = "quarter", la: String = "332", period: String = "2024-25-Q3"
  )
    -> StoredRun
  {
    StoredRun(
      id: id, pipeline: pipeline, la: la, period: period, settings: "{}", started: "2026-12-0\(id.prefix(1))T02:00:00Z",
      outFolder: "out/\(pipeline)/\(period)")
  }

  static func value(_ indicator: String, _ column: String, _ n: Int, breakdown: String = "") -> StoredValue {
    StoredValue(
      indicator: indicator, breakdown: breakdown, period: column, column: column, numerator: n, denominator: nil,
      value: Double(n), figure: "count:\(n)", flags: "")
  }

  static func input(_ run: String, _ path: String, sha: String, rows: Int) -> StoredInput {
    StoredInput(
      runID: run, root: "/srv/export", path: path, role: "input", size: rows * 100, sha256: sha, rows: rows,
      rejected: 0, firstDate: "2024-04-01", lastDate: "2024-12-31")
  }

  /// Begins and finishes a run with these values and inputs.
  static func record(
    _ store: HistoryStore, _ run: StoredRun, values: [StoredValue], inputs: [StoredInput] = [],
    findings: [StoredFindingCount] = []
  ) throws {
    try store.begin(run)
    try store.finish(
      run.id, ended: run.started, exitStatus: 0, period: run.period, la: run.la, outFolder: run.outFolder,
      inputs: inputs, findings: findings, values: values, valuesHash: HistoryStore.canonicalText(values))
  }
}
