import Aggregate
import Benchmark
import Foundation
import Ingest
import Report
import SafeguardCore
import SafeguardKernels
import Transform
import Validate

/// What the command line asks of a run, over and above the pipeline file.
public struct RunRequest: Sendable {
  public var pipelinePath: String
  public var period: String?
  public var input: String?
  public var out: String?
  public var la: String?
  /// `--html`: write `pack.html` even when the pipeline's outputs do not list `pack`.
  public var html: Bool
  public var variables: [String: String]
  public var environment: [String: String]

  public init(
    pipelinePath: String, period: String? = nil, input: String? = nil, out: String? = nil, la: String? = nil,
    html: Bool = false, variables: [String: String] = [:],
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) {
    self.pipelinePath = pipelinePath
    self.period = period
    self.input = input
    self.out = out
    self.la = la
    self.html = html
    self.variables = variables
    self.environment = environment
  }
}

/// What a finished run produced.
public struct RunResult: Sendable {
  public let folder: String
  public let period: Period
  public let values: [IndicatorValue]
  public let findings: [Finding]
}

/// Runs a pipeline: ingest → validate → transform → aggregate → report, in that order.
///
/// Owns all file placement: outputs are written to a temporary folder beside the final one and
/// moved into place only when every file is written; a run that stops early leaves yesterday's
/// folder as it was.
public struct Runner {
  let log: RunLog
  /// The command line sets this: the run's inputs are left for the process exit to reclaim
  /// rather than freed one object at a time (see `ProcessLifetime`).
  let keepsInputsUntilExit: Bool

  public init(log: RunLog, keepsInputsUntilExit: Bool = false) {
    self.log = log
    self.keepsInputsUntilExit = keepsInputsUntilExit
  }

  public func run(_ request: RunRequest) throws -> RunResult {
    let definition = try PipelineDefinition.load(
      path: request.pipelinePath, variables: request.variables, environment: request.environment)
    var settings = definition.settings
    if let la = request.la {
      guard let code = LACode(la) else {
        throw RunFailure(.usage, "--la '\(la)' is not a 3-digit DfE LA number (for example 332)")
      }
      settings.la = code
    }
    var periodChoice = settings.period
    if let p = request.period {
      do { periodChoice = .label(try Period.parse(p)) } catch { throw RunFailure(.usage, "--period: \(error)") }
    }

    // The log file first, so that even a run stopped by the lock leaves a line for the morning.
    let outRoot = request.out ?? settings.out
    let runID = RunID()
    log.startFile(folder: OutputFolder.join(outRoot, "logs"), runID: runID, retentionDays: settings.logRetentionDays)
    log.info(
      "run \(runID) of pipeline \(definition.name) (\(definition.file)), started \(runID.startedISO)",
      ["pipeline": .string(definition.name), "log_file": .string(log.filePath ?? "")])
    let clock = StageClock(log: log)
    var summary = RunSummary(runID: runID.text, pipeline: definition.name, totalSeconds: 0)
    do {
      return try run(
        request, definition: definition, settings: settings, period: periodChoice, outRoot: outRoot, runID: runID,
        clock: clock, summary: &summary)
    } catch {
      stopped(by: error, clock: clock, summary: &summary)
      throw error
    }
  }

  /// The run once its log is started: takes the lock, then reads, checks and writes.
  private func run(
    _ request: RunRequest, definition: PipelineDefinition, settings: PipelineSettings,
    period periodChoice: PeriodChoice, outRoot: String, runID: RunID, clock: StageClock,
    summary: inout RunSummary
  ) throws -> RunResult {
    // The lock comes first: a second run of this pipeline into this folder stops here, before
    // reading anything (exit 75).
    let lock = try RunLock(
      folder: "\(outRoot)/\(definition.name)", pipeline: definition.name, started: runID.startedISO)
    defer { lock.release() }
    if let previous = lock.previous {
      log.problem("warning: the previous run (\(previous)) did not finish; its lock \(lock.path) was taken over")
    }
    let history = try RunHistory.open(settings, outRoot: outRoot).map { RunHistory(store: $0, runID: runID) }
    try history?.begin(
      pipeline: definition.name, settings: settings, period: periodChoice.text,
      outFolder: "\(outRoot)/\(definition.name)")
    do {
      return try run(
        request, definition: definition, settings: settings, period: periodChoice, outRoot: outRoot, history: history,
        clock: clock, summary: &summary)
    } catch {
      history?.fail(error)
      throw error
    }
  }

  /// The run once its lock is held and its start recorded.
  private func run(
    _ request: RunRequest, definition: PipelineDefinition, settings: PipelineSettings,
    period periodChoice: PeriodChoice,
    outRoot: String, history: RunHistory?, clock: StageClock, summary: inout RunSummary
  ) throws -> RunResult {
    var settings = settings
    Trace.mark("ingest: listing and reading the sources")
    clock.start("read")
    // Ingest.
    // The run's own files are never read as inputs, should the output root be inside a source.
    let own =
      ["\(outRoot)/\(definition.name)", "\(outRoot)/logs"]
      + (history.map { p in ["", "-journal", "-wal", "-shm"].map { p.store.path + $0 } } ?? [])
    let sources: [(root: String, files: [InputFile])] =
      if let input = request.input {
        [(input, try InputFiles.list(input, describedAs: "--input", excluding: own))]
      } else {
        try definition.sources.map { s in
          let root = s.resolved(relativeTo: definition.file)
          let context = "source on line \(s.line) of \(definition.file)"
          return (root, try InputFiles.list(root, describedAs: context, excluding: own))
        }
      }
    let reading = try ExtractReading.read(
      sources: sources, log: log, hashing: definition.outputs.contains(.manifest) || history != nil, checks: .init())
    // The reference tables are parsed on the core the reading no longer needs.
    DispatchQueue.global().async { ReferenceData.prepare() }
    summary.inputs = reading.manifest.map {
      RunSummary.Input(
        file: $0.path, rows: $0.role == "skipped" ? nil : $0.rows ?? 0, rejected: $0.rejected,
        unit: $0.role != "skipped" && $0.rejected == nil ? "children" : "rows")
    }
    var set = reading.set
    if set.files.isEmpty && set.census.isEmpty {
      let looked = sources.flatMap(\.files).count
      let roots = sources.map(\.root).joined(separator: ", ")
      throw RunFailure(
        .noInput,
        looked == 0
          ? "no files in \(roots); put the extract files there or pass --input DIR"
          : "none of the \(looked) files in \(roots) is an extract the pipeline recognises (see the messages above)")
    }
    Trace.mark("ingest done")
    KillPoint.reach("after-read")
    try checkTolerance(set, maxPercent: settings.maxBadRowPercent)
    try checkCensusChildren(set)

    // Validate and transform.
    clock.start("validate")
    set.findings += reading.censusFindings
    set.findings += ExtractGapRule.check(set)
    clock.start("transform")
    // Referrals are sorted once, for the front-door tally and for the episodes of Annex A lists.
    let referralOrder = ReferralOrder(set.referrals, details: set.referralDetails)
    let (timeline, transformFindings) = FrontDoorTransform.timeline(from: set, order: referralOrder)
    set.findings += transformFindings
    set.findings += MissingAndLADOTransform.deduplicate(&set)

    // The LA: the setting or --la, else the one in the CIN census header.
    if settings.la == nil, let la = set.census.compactMap(\.header.la).first {
      settings.la = la
      log.info("LA \(la) taken from the CIN census header")
    }

    Trace.mark("validate and transform done")
    // Aggregate.
    clock.start("aggregate")
    let period = try resolve(periodChoice, set)
    let censusStarts = set.census.compactMap(\.header.referenceDate).map {
      Period.financialYear(Period.financialYearStart(of: $0)).start
    }
    let firstData = (set.files.compactMap(\.firstDate) + censusStarts).min()
    let columns = TrendPeriods.periods(for: period, dataFrom: firstData)
    // The rolling year ending with the period is computed too: it is the local figure set beside
    // published annual comparators when the period is shorter than a year.
    let computed = columns.contains(period.rollingYear) ? columns : columns + [period.rollingYear]
    var values = aggregate(
      &set, timeline: timeline, order: referralOrder, families: definition.families, periods: computed,
      settings: settings)
    let computedValues = values
    if settings.publish { values = Suppression.apply(values) }
    let shown = values.filter { columns.contains($0.column) }
    // Trend periods the extracts no longer reach come from earlier runs.
    let trendColumns = TrendPeriods.periods(for: period, dataFrom: nil)
    var earlier =
      try history?.earlierTrend(
        pipeline: definition.name, la: settings.la, columns: trendColumns.filter { !columns.contains($0) }, log: log)
      ?? EarlierTrend()
    if settings.publish { earlier.values = Suppression.apply(earlier.values) }
    let shownColumns = trendColumns.filter { columns.contains($0) || earlier.runs[$0] != nil }

    Trace.mark("aggregate done")
    KillPoint.reach("after-aggregate")
    // The page is built from the CSV dashboards, so asking for it asks for the ones it reads.
    var outputs = definition.outputs
    if request.html && !outputs.contains(.pack) {
      outputs.insert(.pack, at: outputs.firstIndex(of: .manifest) ?? outputs.endIndex)
    }
    if settings.publish { outputs.removeAll { $0 == .dataQualityDetail || $0 == .missingExceptions } }
    let needed = outputs.contains(.pack) ? Set(outputs + PackPage.kinds) : Set(outputs)
    // Benchmark.
    clock.start("benchmark")
    let wantsBenchmark = !needed.isDisjoint(with: [.benchmark, .benchmarkNeighbours, .trend])
    let bench = wantsBenchmark ? try benchmark(settings, values: values, asked: period) : nil

    Trace.mark("benchmark done")
    clock.start("reconcile")
    let wantsReconciliation = needed.contains(.missingReconciliation) || needed.contains(.missingExceptions)
    let reconciliation = wantsReconciliation ? reconcileMissing(set, period: period, settings: settings) : nil
    // Report.
    clock.start("write")
    let folderPath = "\(outRoot)/\(definition.name)/\(period.label)"
    let folder = try OutputFolder(final: folderPath)
    let findings = Dashboards.ordered(set.findings)
    var report = ReportInputs(
      values: shown, columns: columns, period: period, publish: settings.publish, findings: findings,
      reconciliation: reconciliation, benchmark: bench, children: set.children, files: set.files.map(\.file),
      lado: definition.families.contains(.lado), csvBOM: settings.csvBOM)
    report.columns = shownColumns + columns.filter { !shownColumns.contains($0) }
    report.earlier = earlier
    var written: [OutputFile] = []
    for kind in outputs {
      guard let file = RunReport.render(kind, report) else { continue }
      try folder.write(file.name, file.bytes)
      written.append(file)
      if written.count == 2 { KillPoint.reach("inside-write") }
    }
    if outputs.contains(.pack) {
      // From the CSV bytes just written, and those the page reads that the pipeline did not ask to write.
      let unwritten = PackPage.kinds.filter { !outputs.contains($0) }.compactMap { RunReport.render($0, report) }
      let page = try RunReport.pack(from: written + unwritten)
      try folder.write(page.name, page.bytes)
      written.append(page)
    }
    Trace.mark("outputs written")
    let hashed = reading.hasher.wait()
    if let failure = hashed.failure { throw RunFailure(.ioError, failure) }
    if outputs.contains(.manifest) {
      let inputs = reading.manifest.map {
        ManifestEntry(role: $0.role, path: $0.path, rows: $0.rows, sha256: hashed.hashes[$0.fullPath] ?? "")
      }
      let manifest = RunReport.manifest(inputs: inputs, outputs: written, bom: settings.csvBOM)
      try folder.write(manifest.name, manifest.bytes)
    }
    Trace.mark("manifest written")
    KillPoint.reach("before-commit")
    try folder.commit()
    KillPoint.reach("after-commit")
    try history?.finish(
      period: period, la: settings.la, folder: folderPath,
      inputs: reading.manifest.map { $0.stored(runID: history!.runID.text, sha256: hashed.hashes[$0.fullPath]) },
      findings: findings, values: computedValues)
    clock.stop()
    summary.stages = clock.times
    summary.totalSeconds = clock.total
    summarise(set, period: period, settings: settings, folder: folderPath, files: folder.written, summary: &summary)
    if keepsInputsUntilExit { ProcessLifetime.keep(set) }
    return RunResult(folder: folderPath, period: period, values: values, findings: findings)
  }

  /// Stops the run (exit 65, output not replaced) when too many rows of a file were unusable.
  func checkTolerance(_ set: ExtractSet, maxPercent: Double) throws {
    for f in set.files where f.rows > 0 {
      let left = f.rows - f.rowsUsed
      if Double(left) * 100 > maxPercent * Double(f.rows) {
        let errors = set.findings.filter { $0.file == f.file && $0.rule.severity == .error }.prefix(5)
        for e in errors { log.problem("  " + e.located) }
        throw RunFailure(
          .dataError,
          "\(f.file): \(left.grouped) of \(f.rows.grouped) rows could not be used, more than the \(maxPercent)% allowed (max_bad_row_percent); the output folder was not replaced"
        )
      }
    }
  }

  /// Stops the run (exit 65, output not replaced) at a census file with no children: its
  /// figures would read as none at all. `validate` reports the same file as error CIN012.
  func checkCensusChildren(_ set: ExtractSet) throws {
    for census in set.censusReturns where census.children.isEmpty {
      throw RunFailure(
        .dataError,
        "\(census.file): the CIN census file holds no <Child>, so every census figure would be 0; a census return lists every child in need, so re-export it; the output folder was not replaced"
      )
    }
  }

  func resolve(_ choice: PeriodChoice, _ set: ExtractSet) throws -> Period {
    if case .label(let p) = choice { return p }
    let lastDates = set.files.compactMap(\.lastDate) + set.census.compactMap(\.header.referenceDate)
    guard let last = lastDates.max() else {
      throw RunFailure(.noInput, "the extracts hold no dated rows, so no period can be chosen; pass --period")
    }
    switch choice {
    case .label(let p): return p
    case .quarterToDate: return Period.quarter(containing: last)
    case .latestCompleteQuarter:
      let q = Period.quarter(containing: last)
      return q.end <= last ? q : q.previous
    case .latestCompleteMonth:
      let m = Period.month(last.year, last.month)
      return m.end <= last ? m : m.previous
    }
  }

}

extension Runner {
  /// Reads and checks files without a pipeline: the `safeguard validate` command.
  ///
  /// Writes `data_quality.csv` and `data_quality_detail.PERSONAL.csv` into `out` when given.
  /// - Parameters:
  ///   - year: the census year to check census files against, whatever their headers say.
  ///   - rules: only these census rule codes; every rule when empty.
  public func validate(
    paths: [String], out: String?, year: CensusYear? = nil, rules: Set<String> = []
  ) throws -> (
    files: [ExtractFileSummary], census: [CINCensusFile], findings: [Finding]
  ) {
    let sources = try paths.map { ($0, try InputFiles.list($0, describedAs: "named on the command line")) }
    let reading = try ExtractReading.read(
      sources: sources, log: log, hashing: false, checks: .init(year: year, codes: rules))
    var set = reading.set
    if set.files.isEmpty && set.census.isEmpty {
      throw RunFailure(
        .noInput, "none of the files given is an extract the pipeline recognises (see the messages above)")
    }
    try checkTolerance(set, maxPercent: PipelineSettings().maxBadRowPercent)
    set.findings += reading.censusFindings
    set.findings += ExtractGapRule.check(set)
    set.findings += FrontDoorTransform.timeline(from: set).1
    set.findings += MissingAndLADOTransform.deduplicate(&set)
    let findings = Dashboards.ordered(set.findings)
    if let out {
      let folder = try OutputFolder(final: out)
      let files = [RunReport.dataQuality(findings), RunReport.dataQualityDetail(findings)]
      for file in files { try folder.write(file.name, file.bytes) }
      try folder.commit()
      log.info("wrote \(out)/ (\(files.map(\.name).joined(separator: ", ")))")
    }
    _ = reading.hasher.wait()
    if keepsInputsUntilExit { ProcessLifetime.keep(set) }
    return (set.files, set.census, findings)
  }
}
