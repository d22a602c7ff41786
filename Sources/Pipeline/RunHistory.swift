import Foundation
import History
import Report
import SafeguardCore

/// What a run records in the history store, and the earlier trend cells it reads back.
///
/// A run is recorded as begun right after it takes its lock, and completed after its dashboards
/// are in place: a run killed between the two stays "unfinished" in `safeguard history`. A run that
/// stops with an error records its exit status and sentence, and no values.
struct RunHistory {
  let store: HistoryStore
  let runID: RunID

  /// The store the settings name, opened (and created) under `outRoot`; nil with `history: none`.
  static func open(_ settings: PipelineSettings, outRoot: String) throws -> HistoryStore? {
    if settings.history == "none" { return nil }
    let path = settings.history.hasPrefix("/") ? settings.history : OutputFolder.join(outRoot, settings.history)
    return try failure { try HistoryStore(path: path) }
  }

  /// Turns a store problem into the run's exit status: 74 for a full disk, else 73.
  static func failure<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as HistoryError {
      throw RunFailure(e.cause == .full ? .ioError : .cannotCreate, e.description)
    }
  }

  func begin(pipeline: String, settings: PipelineSettings, period: String, outFolder: String) throws {
    var run = StoredRun(
      id: runID.text, pipeline: pipeline, la: settings.la?.value ?? "", period: period,
      settings: Self.json(settings), started: runID.startedISO, outFolder: outFolder)
    run.outFolder = outFolder
    try Self.failure { try store.begin(run) }
  }

  /// Records the finished run: what it read, found and computed (values before any suppression).
  func finish(
    period: Period, la: LACode?, folder: String, inputs: [StoredInput], findings: [Finding], values: [IndicatorValue]
  ) throws {
    var counts: [String: StoredFindingCount] = [:]
    for f in findings {
      counts[
        f.rule.code, default: .init(runID: runID.text, rule: f.rule.code, severity: f.rule.severity.rawValue, count: 0)
      ]
      .count += 1
    }
    let stored = values.map(StoredValue.init)
    let hash = SHA256.hex(Array(HistoryStore.canonicalText(stored).utf8))
    try Self.failure {
      try store.finish(
        runID.text, ended: ISO8601DateFormatter().string(from: Date()), exitStatus: 0, period: period.label,
        la: la?.value ?? "", outFolder: folder, inputs: inputs, findings: counts.values.sorted { $0.rule < $1.rule },
        values: stored,
        valuesHash: hash)
    }
  }

  /// Records a run that stopped with an error. A store that cannot be written now is left as it
  /// is (the run stays unfinished): the error the run stopped with is the one to report.
  func fail(_ error: Error) {
    let status = (error as? RunError)?.exitStatus ?? .software
    try? store.fail(
      runID.text, ended: ISO8601DateFormatter().string(from: Date()), exitStatus: Int(status.rawValue),
      message: "\(error)")
  }

  /// The trend cells of `columns` (periods the extracts no longer cover) from the latest finished
  /// run of this pipeline for this LA that computed them.
  func earlierTrend(pipeline: String, la: LACode?, columns: [Period], log: RunLog) throws -> EarlierTrend {
    guard !columns.isEmpty else { return EarlierTrend() }
    let found = try Self.failure {
      try store.latestValues(pipeline: pipeline, la: la?.value ?? "", columns: columns.map(\.label))
    }
    var earlier = EarlierTrend()
    for column in columns {
      guard let (run, values) = found[column.label] else { continue }
      let rebuilt = values.compactMap(\.indicatorValue)
      if rebuilt.count < values.count {
        log.info(
          "\(values.count - rebuilt.count) of run \(run)'s \(column.label) values are of indicators this version "
            + "no longer has; left out of trend.csv")
      }
      earlier.values += rebuilt
      earlier.runs[column] = run
    }
    if !earlier.runs.isEmpty {
      let labels = columns.filter { earlier.runs[$0] != nil }.map(\.label).joined(separator: ", ")
      log.info("trend.csv: \(labels) from the history store (the extracts no longer cover them)")
    }
    return earlier
  }

  /// The settings as JSON with sorted keys, as the run used them.
  static func json(_ s: PipelineSettings) -> String {
    let fields: [String: Any] = [
      "la": s.la?.value ?? "", "period": s.period.text, "publish": s.publish, "sn_version": s.snVersion,
      "sn_average": s.snAverage.rawValue, "out": s.out, "max_bad_row_percent": s.maxBadRowPercent,
      "comparator_years": s.comparatorYears, "referral_link_days": s.referralLinkDays,
      "missing_tolerance_days": s.missingToleranceDays, "missing_match_police_ref": s.missingMatchPoliceRef,
      "missing_match_date_of_birth": s.missingMatchDateOfBirth, "cp_visit_working_days": s.cpVisitWorkingDays,
      "history": s.history,
    ]
    let data = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
    return data.flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
  }
}

extension PeriodChoice {
  /// The label, or the keyword as the pipeline file spells it.
  var text: String {
    if case .label(let p) = self { return p.label }
    return Self.keywords.first { $0.choice == self }?.word ?? "\(self)"
  }
}

extension ExtractReading.Listed {
  /// The file as the history store records it; its size read now (the run has just read it).
  func stored(runID: String, sha256: String?) -> StoredInput {
    let size = (try? FileManager.default.attributesOfItem(atPath: fullPath)[.size] as? Int) ?? 0
    return StoredInput(
      runID: runID, root: root, path: path, role: role, size: size, sha256: sha256 ?? "", rows: rows,
      rejected: rejected, firstDate: firstDate?.iso, lastDate: lastDate?.iso)
  }
}
