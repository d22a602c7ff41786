import ArgumentParser
import Foundation
import Pipeline
import SafeguardCore
import Validate

/// When `validate` exits 65: on any error, on any error or query, or never.
enum FailOn: String, ExpressibleByArgument, CaseIterable {
  case error, query, never

  func fails(_ severity: Severity) -> Bool {
    switch self {
    case .error: severity == .error
    case .query: severity == .error || severity == .query
    case .never: false
    }
  }
}

struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check extract files and CIN census returns against every DfE rule; write nothing unless --out is given.",
    discussion: """
      Census files are checked against the DfE rules of the census year their ReferenceDate falls in \
      (--year overrides); `safeguard rules` lists them. Exit status: 65 when any finding of severity \
      error is present (--fail-on query also counts queries; --fail-on never only read failures), or \
      when more of a CSV file's rows are unusable than a run allows; 0 otherwise; 66 when nothing given \
      is a recognised extract; 64 for a bad option; 74 on a read error.
      """)

  @Argument(help: "Extract files, CIN census XML files, or folders of them.")
  var paths: [String]

  @Option(help: "The census year to check census files against (2024-25), whatever their headers say.")
  var year: String?

  @Option(name: .customLong("rule"), help: "Check only this DfE rule code (repeatable).")
  var rules: [String] = []

  @Flag(help: "List the issues child by child (what to fix in the case management system).")
  var byChild = false

  @Option(help: "Exit 65 on findings of this severity or worse: error, query or never.")
  var failOn: FailOn = .error

  @Option(help: "Folder to write data_quality.csv and data_quality_detail.PERSONAL.csv into.")
  var out: String?

  @OptionGroup var logging: LogOptions

  func run() throws {
    var censusYear: CensusYear?
    if let year {
      guard let y = CensusYear(year) else {
        throw ValidationError("--year '\(year)' is not a census year such as 2024-25")
      }
      guard CensusYear.supported.contains(y) else {
        throw ValidationError(
          "--year \(y.label): this build has DfE rules for \(CensusYear.supported.map(\.label).joined(separator: ", "))"
        )
      }
      censusYear = y
    }
    for code in rules where CensusRules.rule(code) == nil {
      throw ValidationError("--rule \(code) is not a DfE census rule code; `safeguard rules` lists them")
    }
    var failed = false
    let log = logging.log
    try withExitStatus(log: log) {
      let result = try Runner(log: log, keepsInputsUntilExit: true).validate(
        paths: paths, out: out, year: censusYear, rules: Set(rules.compactMap { CensusRules.rule($0)?.info.code }))
      if !logging.quiet {
        print(
          "\(result.files.count) CSV extract files and \(result.census.count) CIN census files read, "
            + "\(result.findings.count) findings")
        print(byChild ? FindingsText.byChild(result.findings) : FindingsText.summary(result.findings), terminator: "")
      }
      failed = result.findings.contains { failOn.fails($0.rule.severity) }
    }
    if failed { throw ExitCode(ExitStatus.dataError.rawValue) }
  }
}
