import ArgumentParser
import Pipeline

struct BenchmarkCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "benchmark",
    abstract: "Compare an LA's published figures with its statistical neighbours, region and England.",
    discussion: """
      For each indicator DfE publishes: the LA's value, the neighbours' mean and median (suppressed \
      or missing neighbours left out and counted), the region (London split into Inner and Outer), \
      England, the rank among English LAs by polarity (1 = best), the quartile band A–D and whether \
      the LA is better, worse or similar to its neighbours. Exit status 64 for an unknown LA code.
      """)

  @Option(help: "The 3-digit DfE LA number (see `safeguard neighbours --list`).")
  var la: String

  @Option(help: "A financial year such as 2024-25 (default: each indicator's latest published year).")
  var year: String?

  @Option(help: "One indicator id (default: every indicator with published values).")
  var indicator: String?

  @Option(name: .customLong("sn-version"), help: "Statistical neighbour model: 2025 (default) or 2021.")
  var snVersion: Int = 2025

  @Option(name: .customLong("sn-average"), help: "Neighbour average shown and compared with: mean (default) or median.")
  var snAverage: String = "mean"

  @Option(help: "Folder to write benchmark.csv and benchmark_neighbours.csv into.")
  var out: String?

  @OptionGroup var logging: LogOptions

  func run() throws {
    let log = logging.log
    try withExitStatus(log: log) {
      let answer = try BenchmarkCommandSupport.run(
        BenchmarkRequest(
          la: la, year: year, indicator: indicator, snVersion: snVersion, snAverage: snAverage, out: out),
        log: log)
      if !logging.quiet { print(BenchmarkText.table(answer), terminator: "") }
    }
  }
}

struct NeighboursCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "neighbours",
    abstract: "List an LA's statistical neighbours (2025 and 2021 models) with names and closeness.")

  @Argument(help: "The 3-digit DfE LA number.")
  var la: String?

  @Flag(help: "List every LA code with its name and region instead.")
  var list = false

  func validate() throws {
    if la == nil && !list { throw ValidationError("give an LA number, or --list to see them all") }
  }

  func run() throws {
    try withExitStatus {
      print(
        list ? BenchmarkText.allLocalAuthorities() : try BenchmarkText.neighbours(of: la!),
        terminator: "")
    }
  }
}
