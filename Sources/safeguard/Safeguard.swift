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

/// --quiet, --verbose and --log-format, shared by the commands that read extracts.
struct LogOptions: ParsableArguments {
  @Flag(
    name: .shortAndLong,
    help: "Print only warnings and problems that stop the run (the log file still gets the summary).")
  var quiet = false

  @Flag(name: .shortAndLong, help: "Also print every finding with its file, line, column and value.")
  var verbose = false

  @Option(help: "text (default) or json: one JSON object per line on standard error and in the log file.")
  var logFormat: LogFormat = .text

  /// The log, drawing a progress line during long reads only when standard error is a terminal.
  var log: RunLog {
    RunLog(level: quiet ? .quiet : verbose ? .verbose : .normal, format: logFormat, isTerminal: isatty(2) != 0)
  }
}

extension LogFormat: ExpressibleByArgument {}

/// Runs `body`, turning run problems into their exit status with the sentence on standard error
/// (through `log`, when given, so that it is also in the run's log file and in its format).
func withExitStatus(log: RunLog? = nil, _ body: () throws -> Void) throws {
  // A file-size limit (`ulimit -f`) would otherwise kill the process mid-write with SIGXFSZ; ignored,
  // the write fails with EFBIG and the run stops with exit 74 and a sentence, like a full disk.
  signal(SIGXFSZ, SIG_IGN)
  do {
    try body()
  } catch let e as RunError {
    report("safeguard: error: \(e.description)", status: e.exitStatus, log: log)
    throw ExitCode(e.exitStatus.rawValue)
  } catch let e as ExitCode {
    throw e
  } catch {
    report("safeguard: internal error: \(error); please report it with this log", status: .software, log: log)
    throw ExitCode(ExitStatus.software.rawValue)
  }
}

/// The sentence a run stopped with, on standard error and in the log file.
private func report(_ sentence: String, status: ExitStatus, log: RunLog?) {
  if let log {
    log.failure(sentence, ["exit_status": .stringConvertible(Int(status.rawValue))])
  } else {
    FileHandle.standardError.write(Data((sentence + "\n").utf8))
  }
}
