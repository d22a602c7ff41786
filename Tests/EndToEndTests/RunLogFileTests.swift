import Foundation
import Testing

/// The run log a person reads in the morning: `<out>/logs/<run id>.log`, written whatever the
/// verbosity, in text or JSON, with the summary at the end.
@Suite struct RunLogFileTests {
  /// A one-source nightly pipeline over synthetic contacts (or over `dir/input` as it is), in
  /// `dir`; returns the pipeline file.
  static func pipeline(_ dir: URL, writeContacts: Bool = true) throws -> URL {
    if writeContacts {
      _ = try Binary.inputFolder(["contacts.csv": HistoryRunTests.contacts(fromYear: 2022)], in: dir)
    }
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

/// The progress line, with a contacts list long enough to take more than half a second to read.
@Suite(.serialized) struct ProgressLineRunTests {
  /// 300,000 synthetic contacts (about 12 MB) and a pipeline over them, in `dir`.
  static func longRead(_ dir: URL) throws -> URL {
    var lines = ["Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date of Contact,Contact Source"]
    lines.reserveCapacity(300_001)
    for i in 0..<300_000 {
      let day = 1 + i % 28
      let month = 1 + i % 12
      lines.append(
        "C\(100_000 + i % 50_000),F,WBRI,01/01/2015,8,\(day < 10 ? "0" : "")\(day)/\(month < 10 ? "0" : "")\(month)/2024,6"
      )
    }
    _ = try Binary.inputFolder(["contacts.csv": lines.joined(separator: "\n")], in: dir)
    return try RunLogFileTests.pipeline(dir, writeContacts: false)
  }

  static var hasScript: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/script") }

  @Test func neverDrawnWhenStandardErrorIsNotATerminal() throws {
    let dir = Binary.temporaryDirectory("progress-pipe")
    let file = try Self.longRead(dir)
    let r = try Binary.run(
      ["run", file.path, "--out", dir.appendingPathComponent("out").path],
      environment: ["SAFEGUARD_PROGRESS_AFTER_MS": "0"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.contains("read contacts.csv: Annex A list 1 (contacts), UTF-8, 300,000 rows"))
    #expect(!r.stderr.contains("\r") && !r.stderr.contains("reading contacts.csv"))
    let (_, text) = try RunLogFileTests.onlyLog(dir.appendingPathComponent("out"))
    #expect(!text.contains("\r") && !text.contains("reading contacts.csv"))
  }

  /// Under `script`, standard error is a terminal: the line is drawn and cleared, never in the file;
  /// and not at all with `--quiet`.
  @Test(.enabled(if: hasScript)) func drawnAndClearedOnATerminalUnlessQuiet() throws {
    let dir = Binary.temporaryDirectory("progress-tty")
    let file = try Self.longRead(dir)
    let out = dir.appendingPathComponent("out")
    let command = "\"$SAFEGUARD\" run \(file.path) --out \(out.path)"
    // Drawn from the first moment, so that a quick read still shows it.
    let shown = try Binary.shell(
      "exec script -qec '\(command)' /dev/null", environment: ["SAFEGUARD_PROGRESS_AFTER_MS": "0"])
    #expect(shown.status == 0, "\(shown.stdout)")
    #expect(shown.stdout.contains("\rreading contacts.csv: "))
    #expect(shown.stdout.contains(" of 12.") && shown.stdout.contains(" rows\u{1B}[K"))
    #expect(shown.stdout.contains("\r\u{1B}[Kread contacts.csv: Annex A list 1"))
    let logs = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("logs").path)
    for name in logs {
      let text = try String(contentsOf: out.appendingPathComponent("logs/\(name)"), encoding: .utf8)
      #expect(!text.contains("reading contacts.csv") && !text.contains("\r"))
    }
    let quiet = try Binary.shell(
      "exec script -qec '\(command) --quiet' /dev/null", environment: ["SAFEGUARD_PROGRESS_AFTER_MS": "0"])
    #expect(quiet.status == 0)
    #expect(quiet.stdout.isEmpty, "\(quiet.stdout)")
  }
}
