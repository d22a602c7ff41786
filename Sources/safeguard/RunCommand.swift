import ArgumentParser
import Foundation
import Pipeline
import SafeguardCore

struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run a pipeline definition over a folder of extracts and write its dashboards.",
    discussion: """
      Each input file's kind is recognised from its headers (CSV) or root element (XML), never \
      from its name; files that match no extract are reported and skipped. Outputs go to \
      <out>/<pipeline name>/<period>/ and replace the previous folder only when complete.

      Exit status:
      \(ExitStatus.table)
      """)

  @Argument(help: "The pipeline definition (pipelines/*.pipeline.yaml).")
  var pipeline: String

  @Option(help: "Period to report: 2024-25, 2024-25-Q3, 2024-12 or R12-2024-12 (default: the pipeline's setting).")
  var period: String?

  @Option(help: "Folder of extract files to read instead of the pipeline's sources.")
  var input: String?

  @Option(help: "Output root (default: the pipeline's `out` setting, normally out/).")
  var out: String?

  @Option(help: "The 3-digit DfE LA number (overrides the pipeline's `la` setting).")
  var la: String?

  @Flag(help: "Also write pack.html, the pack as one page, even when the pipeline's outputs do not list pack.")
  var html = false

  @Option(
    name: .customLong("set"), help: "KEY=VALUE for ${KEY} in the pipeline file (repeatable; wins over the environment)."
  )
  var variables: [String] = []

  @OptionGroup var logging: LogOptions

  func validate() throws {
    for v in variables where !v.contains("=") {
      throw ValidationError("--set '\(v)' must be KEY=VALUE")
    }
  }

  func run() throws {
    var vars: [String: String] = [:]
    for v in variables {
      let parts = v.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      vars[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
    }
    let log = logging.log
    try withExitStatus(log: log) {
      _ = try Runner(log: log, keepsInputsUntilExit: true).run(
        RunRequest(
          pipelinePath: pipeline, period: period, input: input, out: out, la: la, html: html, variables: vars))
    }
  }
}
