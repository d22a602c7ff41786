import Logging
import Report
import SafeguardCore

extension Runner {
  /// The end of a finished run: a census for another LA first, then the findings, the folder
  /// written and the summary block.
  func summarise(
    _ set: ExtractSet, period: Period, settings: PipelineSettings, folder: String, files: [String],
    summary: inout RunSummary
  ) {
    // First, because it changes what every comparison means: a census for another LA.
    for file in set.census {
      if let own = settings.la, let theirs = file.header.la, theirs != own {
        log.problem(
          "warning: \(file.file) is LA \(theirs)'s census, but the pipeline's LA is \(own): rates use LA \(own)'s "
            + "population and the benchmarks compare LA \(own); set `la` (or --la \(theirs)) if the census is right")
      }
    }
    var bySeverity: [Severity: Int] = [:]
    for f in set.findings { bySeverity[f.rule.severity, default: 0] += 1 }
    summary.findings = bySeverity
    let counts = Severity.allCases.map { "\((bySeverity[$0] ?? 0).grouped) \(RunSummary.plural($0))" }
    log.info(
      "findings: " + counts.joined(separator: ", ") + " (data_quality.csv)",
      Logger.Metadata(
        uniqueKeysWithValues: Severity.allCases.map { (RunSummary.plural($0), .stringConvertible(bySeverity[$0] ?? 0)) }
      ))
    if log.level == .verbose { for f in Dashboards.ordered(set.findings) { log.detail("  " + f.located) } }
    let la = settings.la.map { "LA \($0)" } ?? "no LA set"
    log.info(
      "wrote \(folder)/ (\(files.count) files) for \(period.label), \(period.start.iso) to \(period.end.iso), \(la)"
        + (settings.publish ? ", published (small numbers suppressed)" : ""),
      ["folder": .string(folder), "period": .string(period.label)])
    summary.folder = folder
    summary.outputs = files
    write(summary)
  }

  /// The summary of a run that stopped with `error`: where, with which status, and the stages it
  /// got through. The sentence itself follows from the command, as the run's last line.
  func stopped(by error: Error, clock: StageClock, summary: inout RunSummary) {
    let stage = clock.stage
    clock.stop()
    summary.stages = clock.times
    summary.totalSeconds = clock.total
    summary.stopped = (stage, "exit \(((error as? RunError)?.exitStatus ?? .software).rawValue)")
    write(summary)
  }

  /// The summary's lines, each at the info level: on the terminal unless quiet, always in the file.
  func write(_ summary: RunSummary) {
    log.stage = "summary"
    for line in summary.lines { log.info(line.message, line.fields) }
    log.stage = nil
  }
}
