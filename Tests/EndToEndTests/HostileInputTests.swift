import Foundation
import Testing

/// The hostile-input corpus (`safeguard-fixtures hostile`, issue 17): every file through
/// `validate` and `run`, each within a time limit and a memory bound, ending with its expected
/// status (never a signal or 70), and naming the file, and the line where one applies.
@Suite struct HostileInputTests {
  /// Seconds one command may take on one file (the 1 GB files are refused in well under one).
  static let limit = 20.0
  /// Address space one command may take (`ulimit -v`): reading a 1 GB file whole would pass it.
  static let memoryMiB = 1024
  /// Peak resident memory, as sampled, one command may reach (the 20 MB fields need about 110 MiB).
  static let maxMiB = 400

  struct Case {
    let name: String
    let file: String
    let validate: Int32
    let run: Int32
    let fragment: String
    let line: Int?
    let check: String
  }

  static let pipeline = """
    version: 1
    name: hostile
    sources:
      - path: /nonexistent
    settings:
      la: "332"
      period: latest-complete-quarter
    indicators: [front_door, assessments, s47_conferences, child_protection_plans, cin_cla, missing, lado]
    outputs: [indicators, trend, activity_summary, data_quality, data_quality_detail, pack]

    """

  @Test func everyHostileFileEndsAsExpected() throws {
    let dir = Binary.temporaryDirectory("hostile")
    defer { try? FileManager.default.removeItem(at: dir) }
    let corpus = dir.appendingPathComponent("corpus")
    let gen = try LimitedRun.run(
      SeededFaultFileTests.generator, ["hostile", "--out", corpus.path], in: dir, limit: 60)
    try #require(gen.status == 0, "\(gen.output)")
    let cases = try String(contentsOf: corpus.appendingPathComponent("cases.tsv"), encoding: .utf8)
      .split(separator: "\n").dropFirst().map { line in
        let c = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        return Case(
          name: c[0], file: c[1], validate: Int32(c[2])!, run: Int32(c[3])!, fragment: c[4], line: Int(c[5]),
          check: c[6])
      }
    #expect(cases.count >= 60)
    let yaml = dir.appendingPathComponent("hostile.pipeline.yaml")
    try Data(Self.pipeline.utf8).write(to: yaml)
    let problems = Problems()
    DispatchQueue.concurrentPerform(iterations: cases.count) { i in
      let c = cases[i]
      let input = corpus.appendingPathComponent(c.name).path
      let out = dir.appendingPathComponent("out-\(c.name)")
      let commands: [(String, [String], Int32)] = [
        ("validate", ["validate", "--by-child", "-v", input], c.validate),
        ("run", ["run", yaml.path, "--input", input, "--out", out.path, "-v"], c.run),
      ]
      for (command, arguments, expected) in commands {
        do {
          let r = try LimitedRun.run(Binary.path, arguments, in: dir, limit: Self.limit, memoryMiB: Self.memoryMiB)
          problems.add(Self.problems(c, command, expected, r))
          if command == "run", c.check == "formula", r.status == 0 {
            problems.add(try Self.formulaCells(under: out).map { "\(c.name): \($0)" })
          }
        } catch {
          problems.add(["\(c.name) \(command): could not run: \(error)"])
        }
      }
    }
    #expect(problems.all.isEmpty, "\(problems.all.sorted().joined(separator: "\n"))")
  }

  /// What is wrong with one command's result, as sentences (none when all is well).
  static func problems(_ c: Case, _ command: String, _ expected: Int32, _ r: LimitedRun) -> [String] {
    let at = "\(c.name) \(command)"
    if r.timedOut { return ["\(at): still running after \(limit) s (killed)"] }
    guard let status = r.status else { return ["\(at): ended by signal \(r.signal ?? 0)\n\(r.output.suffix(2000))"] }
    var out: [String] = []
    if status == 70 { out.append("\(at): internal error (70)") }
    if status != expected { out.append("\(at): exit \(status), expected \(expected)") }
    if r.peakMiB > maxMiB { out.append("\(at): peak memory \(r.peakMiB) MiB, over \(maxMiB)") }
    if !r.output.contains(c.fragment) { out.append("\(at): output lacks '\(c.fragment)'") }
    if !r.output.contains(c.file) { out.append("\(at): output does not name \(c.file)") }
    if let line = c.line, !r.output.contains("\(c.file):\(line)") {
      out.append("\(at): output does not name line \(line) (\(c.file):\(line))")
    }
    if !out.isEmpty { out.append("  output: " + r.output.prefix(1500).replacingOccurrences(of: "\n", with: "\n  ")) }
    return out
  }

  /// Cells of the CSV files under `folder` that Excel would take as a formula: text starting
  /// with `=`, `+`, `-`, `@`, tab or CR (a number such as `-2` is not text).
  static func formulaCells(under folder: URL) throws -> [String] {
    var found: [String] = []
    let files =
      FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
      .compactMap { $0 as? URL }.filter { $0.pathExtension == "csv" } ?? []
    if files.isEmpty { return ["no CSV output under \(folder.path)"] }
    for file in files {
      for cell in try CSVCells.cells(of: String(contentsOf: file, encoding: .utf8)) {
        guard let first = cell.first, "=+-@\t\r".contains(first), Double(cell) == nil else { continue }
        found.append("\(file.lastPathComponent): cell \(cell.debugDescription) starts a formula")
      }
    }
    return found
  }

  /// Problems gathered from several threads.
  final class Problems: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ more: [String]) { lock.withLock { list += more } }
    var all: [String] { lock.withLock { list } }
  }
}

/// The cells of RFC 4180 text, quotes removed.
enum CSVCells {
  static func cells(of text: String) -> [String] {
    var cells: [String] = []
    var cell = ""
    var quoted = false
    var chars = Array(text.unicodeScalars).makeIterator()
    var pending: Unicode.Scalar? = nil
    while let c = pending ?? chars.next() {
      pending = nil
      if quoted {
        if c == "\"" {
          let next = chars.next()
          if next == "\"" { cell.unicodeScalars.append("\"") } else { quoted = false; pending = next }
        } else {
          cell.unicodeScalars.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," || c == "\n" {
        cells.append(cell)
        cell = ""
      } else if c != "\r" && c != "\u{FEFF}" {
        cell.unicodeScalars.append(c)
      }
    }
    return cells
  }
}
