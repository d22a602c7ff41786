import Foundation
import Testing

/// The run log a person reads in the morning: `<out>/logs/<run id>.log`, written whatever the
/// verbosity, in text or JSON, with the summary at the end.
@Suite struct RunLogFileTests {
  /// A one-source nightly pipeline over synthetic contacts, in `dir`; returns the pipeline file.
  static func pipeline(_ dir: URL) throws -> URL {
    _ = try Binary.inputFolder(["contacts.csv": HistoryRunTests.contacts(fromYear: 2022)], in: dir)
    let yaml = """
      version: 1
      name: nightly
      sources:
        - path: \(dir.appendingPathComponent("input").path)
      settings:
        period: 2024-25-Q3
        la: "332"
      indicators: [front_door]
      outputs: [indicators, trend, manifest]

      """
    let file = dir.appendingPathComponent("nightly.pipeline.yaml")
    try Data(yaml.utf8).write(to: file)
    return file
  }

  /// The one log file under `out/logs`, its name and text.
  static func onlyLog(_ out: URL) throws -> (name: String, text: String) {
    let logs = out.appendingPathComponent("logs")
    let names = try FileManager.default.contentsOfDirectory(atPath: logs.path)
    try #require(names.count == 1, "\(names)")
    return (names[0], try String(contentsOf: logs.appendingPathComponent(names[0]), encoding: .utf8))
  }

  @Test func aQuietRunPrintsNothingYetItsLogFileHoldsTheSummary() throws {
    let dir = Binary.temporaryDirectory("runlog-quiet")
    let file = try Self.pipeline(dir)
    let out = dir.appendingPathComponent("out")
    let r = try Binary.run(["run", file.path, "--out", out.path, "--quiet"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.isEmpty && r.stdout.isEmpty)
    let (name, text) = try Self.onlyLog(out)
    // Named by the run id (the store's id for the same run).
    #expect(name.wholeMatch(of: /\d{8}T\d{6}Z-[0-9a-f]{4}\.log/) != nil)
    #expect(text.contains("run \(name.dropLast(4)) of pipeline nightly"))
    #expect(text.contains("read contacts.csv: Annex A list 1 (contacts)"))
    #expect(text.contains("input contacts.csv: 99 rows in, 0 rejected"))
    #expect(text.contains("findings: 0 errors"))
    #expect(text.contains("outputs in \(out.path)/nightly/2024-25-Q3/: indicators.csv, manifest.csv, trend.csv"))
    for stage in ["read", "validate", "transform", "aggregate", "benchmark", "reconcile", "write"] {
      #expect(text.contains(try Regex("stage \(stage): \\d+\\.\\d{3} s")), "\(stage)")
    }
    // The log is not part of the dashboards: the manifest lists only the outputs and the input.
    let manifest = try String(
      contentsOf: out.appendingPathComponent("nightly/2024-25-Q3/manifest.csv"), encoding: .utf8)
    #expect(!manifest.contains("logs/") && !manifest.contains(".log"))
  }

  @Test func aNormalRunShowsTheSummaryOnStandardErrorWithoutProgressText() throws {
    let dir = Binary.temporaryDirectory("runlog-normal")
    let file = try Self.pipeline(dir)
    let out = dir.appendingPathComponent("out")
    let r = try Binary.run(["run", file.path, "--out", out.path])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.contains("summary of run "))
    #expect(r.stderr.contains("stage write: "))
    // Standard error is a pipe here, not a terminal: no carriage return, no progress line.
    #expect(!r.stderr.contains("\r") && !r.stderr.contains("reading contacts.csv"))
    // The file holds every line standard error showed, each after its time.
    let (_, text) = try Self.onlyLog(out)
    let fileLines = text.split(separator: "\n").map { String($0.dropFirst(22)) }
    #expect(fileLines == r.stderr.split(separator: "\n").map(String.init))
  }

  @Test func jsonModeWritesOneObjectPerLineOnStandardErrorAndInTheFile() throws {
    let dir = Binary.temporaryDirectory("runlog-json")
    let file = try Self.pipeline(dir)
    let out = dir.appendingPathComponent("out")
    let r = try Binary.run(["run", file.path, "--out", out.path, "--log-format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    let (name, text) = try Self.onlyLog(out)
    for source in [r.stderr, text] {
      let objects = try source.split(separator: "\n").map {
        try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any], "\($0)")
      }
      #expect(objects.count > 10)
      for o in objects {
        #expect(Set(o.keys).isSuperset(of: ["time", "level", "run_id", "stage", "message"]), "\(o)")
        #expect(o["run_id"] as? String == String(name.dropLast(4)))
      }
      let input = try #require(objects.first { $0["file"] as? String == "contacts.csv" && $0["rejected"] != nil })
      #expect(input["rows"] as? Int == 99 && input["rejected"] as? Int == 0)
      let findings = try #require(objects.first { $0["errors"] != nil })
      #expect(findings["errors"] as? Int == 0 && findings["warnings"] is Int && findings["queries"] is Int)
      let stages = objects.filter { $0["seconds"] is Double || $0["seconds"] is Int }.compactMap {
        $0["stage"] as? String
      }
      #expect(Set(stages).isSuperset(of: ["read", "validate", "transform", "aggregate", "write"]))
      let outputs = try #require(objects.first { $0["outputs"] != nil }?["outputs"] as? [String])
      #expect(outputs == ["indicators.csv", "manifest.csv", "trend.csv"])
    }
  }

  @Test func aFailedRunLeavesItsSummaryAndErrorInTheLogFile() throws {
    let dir = Binary.temporaryDirectory("runlog-fail")
    let empty = dir.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let out = dir.appendingPathComponent("out")
    let r = try Binary.run(
      ["run", "pipelines/quarter.pipeline.yaml", "--out", out.path, "--input", empty.path, "--quiet"])
    #expect(r.status == 66)
    // Quiet: the terminal gets only the error, the file the rest as well.
    #expect(
      r.stderr == "safeguard: error: no files in \(empty.path); put the extract files there or pass --input DIR\n")
    let (_, text) = try Self.onlyLog(out)
    #expect(text.contains("stopped in the read stage after "))
    #expect(text.contains(": exit 66"))
    #expect(text.contains("safeguard: error: no files in \(empty.path)"))
  }

  @Test func logsOlderThanTheRetentionAreRemovedAndOthersKept() throws {
    let dir = Binary.temporaryDirectory("runlog-retention")
    let file = try Self.pipeline(dir)
    let out = dir.appendingPathComponent("out")
    let logs = out.appendingPathComponent("logs")
    try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
    let old = logs.appendingPathComponent("20250101T020000Z-0001.log")
    let recent = logs.appendingPathComponent("20261101T020000Z-0002.log")
    let note = logs.appendingPathComponent("README.txt")
    for f in [old, recent, note] { try Data("x\n".utf8).write(to: f) }
    let now = Date()
    try FileManager.default.setAttributes(
      [.modificationDate: now.addingTimeInterval(-91 * 86_400)], ofItemAtPath: old.path)
    try FileManager.default.setAttributes(
      [.modificationDate: now.addingTimeInterval(-89 * 86_400)], ofItemAtPath: recent.path)
    try FileManager.default.setAttributes(
      [.modificationDate: now.addingTimeInterval(-400 * 86_400)], ofItemAtPath: note.path)
    let r = try Binary.run(["run", file.path, "--out", out.path, "-q"])
    #expect(r.status == 0, "\(r.stderr)")
    let left = try FileManager.default.contentsOfDirectory(atPath: logs.path)
    #expect(!left.contains(old.lastPathComponent))
    #expect(left.contains(recent.lastPathComponent) && left.contains(note.lastPathComponent))
    #expect(left.count == 3)
  }

  @Test func aLogFolderThatCannotBeMadeIsAWarningNotAFailure() throws {
    let dir = Binary.temporaryDirectory("runlog-nofolder")
    let file = try Self.pipeline(dir)
    let out = dir.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    // A file where the folder should be: no user, root included, can make the folder.
    try Data("not a folder\n".utf8).write(to: out.appendingPathComponent("logs"))
    let r = try Binary.run(["run", file.path, "--out", out.path, "-q"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.hasPrefix("warning: cannot make the log folder \(out.path)/logs"))
    #expect(
      FileManager.default.fileExists(atPath: out.appendingPathComponent("nightly/2024-25-Q3/indicators.csv").path))
  }
}
