import ArgumentParser
import Foundation
import Pipeline
import SafeguardCore

struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Read and check extract files and print what was found; write nothing unless --out is given.",
    discussion: """
      Exit status: 0 when every file could be read (findings are listed), 65 when a file lacks a \
      required column, 66 when nothing given is a recognised extract, 74 on a read error.
      """)

  @Argument(help: "Extract files or folders of them.")
  var paths: [String]

  @Option(help: "Folder to write data_quality.csv and data_quality_detail.PERSONAL.csv into.")
  var out: String?

  @OptionGroup var logging: LogOptions

  func run() throws {
    try withExitStatus {
      let log = logging.log
      let result = try Runner(log: log).validate(paths: paths, out: out)
      var byRule: [String: (Rule, Int)] = [:]
      for f in result.findings { byRule[f.rule.code, default: (f.rule, 0)].1 += 1 }
      let rows = byRule.values.sorted { ($0.0.severity, $0.0.code) < ($1.0.severity, $1.0.code) }
      if !logging.quiet {
        print(
          "\(result.files.count) CSV extract files and \(result.census.count) CIN census files read, "
            + "\(result.findings.count) findings")
        for (rule, n) in rows {
          print(
            "  \(rule.code)  \(rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0))  \(n)  \(rule.summary)"
          )
        }
      }
    }
  }
}
