import ArgumentParser
import Foundation
import History
import Report
import SafeguardCore

/// Where the store is and how to print: shared by the `history` subcommands.
struct HistoryOptions: ParsableArguments {
  @Option(help: "The output root whose history.sqlite to read (default: out).")
  var out: String = "out"

  @Option(help: "The history store file itself, when the pipeline's `history` setting names another.")
  var store: String?

  @Flag(help: "Print CSV (for a file) instead of a table.")
  var csv = false

  /// The store, opened for reading; a missing file is exit 66, not a new empty store.
  func open() throws -> HistoryStore {
    let path = store ?? OutputFolder.join(out, "history.sqlite")
    guard FileManager.default.fileExists(atPath: path) else {
      throw RunFailure(
        .noInput, "no history store at \(path): a pipeline run creates it; pass --out DIR or --store FILE")
    }
    do { return try HistoryStore(path: path) } catch let e as HistoryError {
      throw RunFailure(.cannotCreate, e.description)
    }
  }
}

struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "List the runs recorded in the history store, show one, or compare two.",
    discussion: """
      Every `safeguard run` records its settings, inputs (size, SHA-256, rows, dates), findings by \
      rule and indicator values in <out>/history.sqlite. A run still shown as unfinished was \
      stopped before it ended (killed, or the machine stopped).
      """,
    subcommands: [ListRuns.self, Show.self, Diff.self], defaultSubcommand: ListRuns.self)

  struct ListRuns: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List runs, newest first.")
    @OptionGroup var options: HistoryOptions
    @Option(help: "Only this pipeline's runs.") var pipeline: String?

    func run() throws {
      try withExitStatus {
        let runs = try HistoryText.failure { try options.open().runs(pipeline: pipeline) }
        print(options.csv ? HistoryText.runsCSV(runs) : HistoryText.runs(runs), terminator: "")
      }
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "One run: its settings, inputs and findings (--csv: its indicator values).")
    @OptionGroup var options: HistoryOptions
    @Argument(help: "The run id (or enough of its start to name one run).") var id: String

    func run() throws {
      try withExitStatus {
        try HistoryText.failure {
          let store = try options.open()
          let r = try store.run(id)
          print(
            options.csv ? HistoryText.valuesCSV(try store.values(of: r.id)) : try HistoryText.show(r, in: store),
            terminator: "")
        }
      }
    }
  }

  struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Which indicator values and inputs changed between two runs.",
      discussion: """
        With no run named: the latest finished run (of --pipeline when given) against the finished \
        run before it of the same pipeline and period. With one: that run against the one before it.
        """)
    @OptionGroup var options: HistoryOptions
    @Option(help: "With no run named, compare this pipeline's last two runs.") var pipeline: String?
    @Argument(help: "The earlier run, then the later one.") var runs: [String] = []

    func run() throws {
      try withExitStatus {
        try HistoryText.failure {
          let store = try options.open()
          let (a, b) = try store.pairToCompare(runs, pipeline: pipeline)
          let diff = try HistoryDiff.between(a, b, in: store)
          print(options.csv ? HistoryText.diffCSV(diff) : HistoryText.diff(diff), terminator: "")
        }
      }
    }
  }
}
