import Foundation

/// Runs the built `safeguard` binary, as the nightly job and analysts do.
enum Binary {
  static let repoRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The `safeguard` executable built beside the test bundle.
  static let path: String = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for dir in [beside, beside.deletingLastPathComponent()] {
      let p = dir.appendingPathComponent("safeguard").path
      if FileManager.default.isExecutableFile(atPath: p) { return p }
    }
    return repoRoot.appendingPathComponent(".build/debug/safeguard").path
  }()

  struct Result {
    let status: Int32
    let stdout: String
    let stderr: String
  }

  /// Runs the binary with `arguments` from the repository root.
  static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
    try launch(path, arguments, environment: environment)
  }

  /// Runs `executable` from the repository root and waits for it.
  static func launch(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> Result {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: executable)
    p.arguments = arguments
    p.currentDirectoryURL = repoRoot
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    p.environment = env
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    // Standard error is read on its own thread, so a program that writes much to it (chromium's
    // logging) never blocks on a full pipe while standard output is being read.
    let e = ErrorDrain(err.fileHandleForReading)
    let o = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    let errData = e.finish()
    return Result(
      status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// Reads a pipe to its end on a thread of its own.
  final class ErrorDrain: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
      Thread.detachNewThread { [self] in
        data = handle.readDataToEndOfFile()
        done.signal()
      }
    }

    func finish() -> Data {
      done.wait()
      return data
    }
  }

  static func temporaryDirectory(_ tag: String) -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-\(tag)-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  /// The files of a folder, name → bytes.
  static func files(in dir: URL) throws -> [String: Data] {
    var out: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where !name.hasPrefix(".") {
      out[name] = try Data(contentsOf: dir.appendingPathComponent(name))
    }
    return out
  }

  /// Runs the quarter pipeline on the bundled fixtures into `out`; returns the status and the
  /// period folder it wrote (nil when the run failed).
  static func runQuarterPack(into out: URL) throws -> (result: Result, folder: URL?) {
    let r = try run(["run", "pipelines/quarter.pipeline.yaml", "--out", out.path, "--quiet"])
    return (r, r.status == 0 ? try periodFolder(out, pipeline: "quarter") : nil)
  }

  /// Writes a one-source pipeline file into `dir` and runs it with `--out dir/out`.
  ///
  /// - Parameters:
  ///   - settings: lines under `settings:` (each `key: value`).
  ///   - indicators: the families, as written in the YAML list.
  ///   - outputs: the outputs list, or nil for every output.
  /// - Returns: the run's result and its output folder `dir/out/<name>/<period>` (which exists only on success).
  static func runPipeline(
    _ name: String, source: URL, in dir: URL, period: String, settings: [String] = [], indicators: String,
    outputs: String? = "indicators", quiet: Bool = false
  ) throws -> (result: Result, folder: URL) {
    var yaml = "version: 1\nname: \(name)\nsources:\n  - path: \(source.path)\nsettings:\n  period: \(period)\n"
    for line in settings { yaml += "  \(line)\n" }
    yaml += "indicators: [\(indicators)]\n"
    if let outputs { yaml += "outputs: [\(outputs)]\n" }
    let file = dir.appendingPathComponent("\(name).pipeline.yaml")
    try Data(yaml.utf8).write(to: file)
    let out = dir.appendingPathComponent("out")
    let r = try run(["run", file.path, "--out", out.path] + (quiet ? ["--quiet"] : []))
    return (r, out.appendingPathComponent("\(name)/\(period)"))
  }

  /// Writes `files` (name → text, a line end added) into a fresh `input` folder under `dir`.
  static func inputFolder(_ files: [String: String], in dir: URL) throws -> URL {
    let input = dir.appendingPathComponent("input")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    for (name, text) in files { try Data((text + "\n").utf8).write(to: input.appendingPathComponent(name)) }
    return input
  }

  /// The single period folder under `<out>/<pipeline>/`.
  static func periodFolder(_ out: URL, pipeline: String) throws -> URL {
    let base = out.appendingPathComponent(pipeline)
    let names = try FileManager.default.contentsOfDirectory(atPath: base.path).filter { !$0.hasPrefix(".") }
    guard names.count == 1 else { throw CocoaError(.fileReadUnknown) }
    return base.appendingPathComponent(names[0])
  }
}

extension Binary {
  /// Runs `/bin/sh -c script` from the repository root, with `$SAFEGUARD` set to the binary.
  static func shell(_ script: String, environment: [String: String] = [:]) throws -> Result {
    try launch("/bin/sh", ["-c", script], environment: environment.merging(["SAFEGUARD": path]) { a, _ in a })
  }
}
