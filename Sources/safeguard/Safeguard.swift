import ArgumentParser
import Foundation
import Pipeline
import SafeguardCore

/// The `safeguard` command: subcommands only; the work is in the Pipeline target.
@main
struct Safeguard: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "safeguard",
    abstract: "Turns LA, police and LADO extracts into a safeguarding partnership's performance dashboards.",
    discussion: """
      Exit status:
      \(ExitStatus.table)
      """,
    subcommands: [
      RunCommand.self, PackCommand.self, ValidateCommand.self, ReconcileCommand.self, BenchmarkCommand.self,
      NeighboursCommand.self,
      IndicatorsCommand.self, RulesCommand.self,
      ExplainCommand.self, HistoryCommand.self,
    ])
}

/// --quiet and --verbose, shared by the commands that read extracts.
struct LogOptions: ParsableArguments {
  @Flag(name: .shortAndLong, help: "Print only problems that stop the run.")
  var quiet = false

  @Flag(name: .shortAndLong, help: "Also print every finding with its file, line, column and value.")
  var verbose = false

  var log: RunLog { RunLog(level: quiet ? .quiet : verbose ? .verbose : .normal) }
}

/// Runs `body`, turning run problems into their exit status with the sentence on standard error.
func withExitStatus(_ body: () throws -> Void) throws {
  // A file-size limit (`ulimit -f`) would otherwise kill the process mid-write with SIGXFSZ; ignored,
  // the write fails with EFBIG and the run stops with exit 74 and a sentence, like a full disk.
  signal(SIGXFSZ, SIG_IGN)
  do {
    try body()
  } catch let e as RunError {
    FileHandle.standardError.write(Data("safeguard: error: \(e.description)\n".utf8))
    throw ExitCode(e.exitStatus.rawValue)
  } catch let e as ExitCode {
    throw e
  } catch {
    FileHandle.standardError.write(
      Data("safeguard: internal error: \(error); please report it with this log\n".utf8))
    throw ExitCode(ExitStatus.software.rawValue)
  }
}
