import ArgumentParser
import Pipeline
import SafeguardCore

/// `safeguard pack OUT_FOLDER`: the pack page again from a finished run's CSV files.
struct PackCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pack",
    abstract: "Rebuild pack.html from the CSV dashboards of a finished run's output folder.",
    discussion: """
      Reads the folder's activity_summary, indicators, trend, benchmark, benchmark_neighbours, \
      missing_reconciliation, lado and data_quality CSV files (never a *.PERSONAL.csv file), \
      writes pack.html beside them and updates its line in manifest.csv. The folder is replaced \
      as a run replaces it, only when complete. The page is the one the run writes with --html \
      or a `pack` output, byte for byte.

      Exit status:
      \(ExitStatus.table)
      """)

  @Argument(help: "A run's output folder, such as out/quarter/2024-25-Q3.")
  var folder: String

  @OptionGroup var logging: LogOptions

  func run() throws {
    let log = logging.log
    try withExitStatus(log: log) {
      try PackRebuild.rebuild(folder: folder)
      log.info("wrote \(folder)/pack.html")
    }
  }
}
