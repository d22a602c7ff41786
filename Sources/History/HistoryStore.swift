import Foundation
import GRDB

/// A problem with the history store, in a sentence naming its path.
public struct HistoryError: Error, CustomStringConvertible, Sendable {
  public enum Cause: Sendable {
    /// The store cannot be created or written (read-only folder, permissions).
    case cannotWrite
    /// The disk is full.
    case full
    /// The file is not a store, is damaged, or was written by a newer build.
    case unusable
    /// No such run.
    case noRun
  }
  public let cause: Cause
  public let description: String
}

/// The history store: every run's settings, inputs, findings and indicator values, in one SQLite
/// file (`<out>/history.sqlite` by default), through GRDB.
///
/// Each write is one transaction, so a run killed at any moment leaves the store as it was before
/// the write: a run begun and never finished stays recorded as unfinished, with no inputs or values.
public final class HistoryStore: @unchecked Sendable {
  public let path: String
  let db: DatabaseQueue

  /// Opens the store at `path`, creating it and its tables on first use and bringing an older
  /// store's tables up to date.
  public init(path: String) throws {
    self.path = path
    var config = Configuration()
    // Two pipelines may share one output root and so one store: the second waits for the first's
    // write rather than failing.
    config.busyMode = .timeout(30)
    config.foreignKeysEnabled = true
    do {
      db = try DatabaseQueue(path: path, configuration: config)
      if try db.read({ try HistorySchema.migrator.hasBeenSuperseded($0) }) {
        throw HistoryError(
          cause: .unusable,
          description:
            "the history store \(path) was written by a newer version of safeguard; use that version, or set "
            + "`history` to another file")
      }
      try HistorySchema.migrator.migrate(db)
    } catch let e as DatabaseError {
      throw Self.explain(e, path: path, doing: "open")
    }
  }

  /// The migrations applied to this store, oldest first.
  public func appliedMigrations() throws -> [String] {
    try db.read { try HistorySchema.migrator.appliedMigrations($0) }
  }

  /// Records a run as started (unfinished).
  public func begin(_ run: StoredRun) throws {
    try write("record the start of run \(run.id)") { try run.insert($0) }
  }

  /// Completes a run: its end, exit status, inputs, findings and values, in one transaction.
  ///
  /// - Parameters:
  ///   - period: the period label resolved from the extracts (the run began knowing only the choice).
  ///   - valuesHash: the hash of `StoredValue.canonicalText(values)`; a set already in the
  ///   store is not written again.
  public func finish(
    _ runID: String, ended: String, exitStatus: Int, message: String? = nil, period: String, la: String,
    outFolder: String,
    inputs: [StoredInput],
    findings: [StoredFindingCount], values: [StoredValue], valuesHash: String?
  ) throws {
    try write("record the end of run \(runID)") { db in
      guard var run = try StoredRun.fetchOne(db, key: runID) else {
        throw HistoryError(cause: .noRun, description: "run \(runID) is not in the history store \(self.path)")
      }
      if let valuesHash, !values.isEmpty {
        let known = try Bool.fetchOne(db, sql: "SELECT 1 FROM value_set WHERE hash = ?", arguments: [valuesHash])
        if known != true {
          try db.execute(
            sql: "INSERT INTO value_set (hash, count) VALUES (?, ?)", arguments: [valuesHash, values.count])
          let insert = try db.makeStatement(
            sql: """
              INSERT INTO value (value_set, indicator, breakdown, period, period_column, numerator, denominator,
                                 value, figure, flags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
              """)
          for v in values {
            try insert.execute(arguments: [
              valuesHash, v.indicator, v.breakdown, v.period, v.column, v.numerator, v.denominator, v.value, v.figure,
              v.flags,
            ])
          }
        }
        run.valueSet = valuesHash
      }
      for i in inputs { try i.insert(db) }
      for f in findings { try f.insert(db) }
      run.period = period
      run.la = la
      run.outFolder = outFolder
      run.ended = ended
      run.exitStatus = exitStatus
      run.message = message
      try run.update(db)
    }
  }

  /// Records how a run that stopped with an error ended (no inputs or values are kept for it).
  public func fail(_ runID: String, ended: String, exitStatus: Int, message: String) throws {
    try write("record the failure of run \(runID)") { db in
      try db.execute(
        sql: "UPDATE run SET ended = ?, exit_status = ?, message = ? WHERE id = ?",
        arguments: [ended, exitStatus, message, runID])
    }
  }

  /// Runs, newest first; of one pipeline when given.
  public func runs(pipeline: String? = nil) throws -> [StoredRun] {
    try read {
      // Newest first by the order the runs were recorded in (rowid): start times are to the second.
      var q = StoredRun.order(Column.rowID.desc)
      if let pipeline { q = q.filter(Column("pipeline") == pipeline) }
      return try q.fetchAll($0)
    }
  }

  /// The run named `id`, or the one run whose id starts with `id`.
  public func run(_ id: String) throws -> StoredRun {
    let found = try read { db in
      if let r = try StoredRun.fetchOne(db, key: id) { return [r] }
      return try StoredRun.filter(Column("id").like(id + "%")).limit(2).fetchAll(db)
    }
    guard found.count == 1 else {
      throw HistoryError(
        cause: .noRun,
        description: found.isEmpty
          ? "no run \(id) in \(path); `safeguard history` lists the runs"
          : "\(id) names more than one run in \(path); give more of the id")
    }
    return found[0]
  }

  public func inputs(of runID: String) throws -> [StoredInput] {
    try read { try StoredInput.filter(Column("run_id") == runID).order(Column("root"), Column("path")).fetchAll($0) }
  }

  public func findings(of runID: String) throws -> [StoredFindingCount] {
    try read { try StoredFindingCount.filter(Column("run_id") == runID).order(Column("rule")).fetchAll($0) }
  }

  /// The values a run computed (none for a run that did not finish).
  public func values(of runID: String) throws -> [StoredValue] {
    try read { db in
      try StoredValue.fetchAll(
        db,
        sql: """
          SELECT v.* FROM value v JOIN run r ON r.value_set = v.value_set WHERE r.id = ?
          ORDER BY v.indicator, v.breakdown, v.period_column
          """, arguments: [runID])
    }
  }

  /// For each of `columns`, the values of the latest finished run of `pipeline` for `la` that
  /// computed that column, with the run's id: the trend cells the current extracts no longer reach.
  public func latestValues(
    pipeline: String, la: String, columns: [String]
  ) throws -> [String: (
    run: String, values: [StoredValue]
  )] {
    try read { db in
      var out: [String: (run: String, values: [StoredValue])] = [:]
      for column in columns {
        let row = try Row.fetchOne(
          db,
          sql: """
            SELECT r.id, r.value_set FROM run r
            WHERE r.pipeline = ? AND r.la = ? AND r.exit_status = 0 AND r.value_set IS NOT NULL
              AND EXISTS (SELECT 1 FROM value v WHERE v.value_set = r.value_set AND v.period_column = ?)
            ORDER BY r.rowid DESC LIMIT 1
            """, arguments: [pipeline, la, column])
        guard let row, let id: String = row["id"], let set: String = row["value_set"] else { continue }
        let values = try StoredValue.fetchAll(
          db, sql: "SELECT * FROM value WHERE value_set = ? AND period_column = ?", arguments: [set, column])
        out[column] = (id, values)
      }
      return out
    }
  }

  /// The text a value set's hash is taken of: one canonical line per value, sorted.
  public static func canonicalText(_ values: [StoredValue]) -> String {
    values.map(\.canonical).sorted().joined(separator: "\n")
  }

  private func read<T>(_ body: (Database) throws -> T) throws -> T {
    do { return try db.read(body) } catch let e as DatabaseError { throw Self.explain(e, path: path, doing: "read") }
  }

  private func write(_ doing: String, _ body: (Database) throws -> Void) throws {
    do { try db.write(body) } catch let e as DatabaseError { throw Self.explain(e, path: path, doing: doing) }
  }

  static func explain(_ e: DatabaseError, path: String, doing: String) -> HistoryError {
    switch e.resultCode {
    case .SQLITE_FULL:
      return HistoryError(
        cause: .full, description: "the disk holding the history store \(path) is full; could not \(doing)")
    case .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
      return HistoryError(
        cause: .cannotWrite,
        description: "cannot \(doing) the history store \(path) (\(e.message ?? "\(e.resultCode)")); check that the "
          + "folder exists and this user may write it")
    case .SQLITE_IOERR:
      return HistoryError(
        cause: .full,
        description: "could not \(doing) in the history store \(path) (\(e.message ?? "I/O error")): the disk is full "
          + "(or a size limit was reached) or failing. Free some space and run again; the store is unchanged.")
    default:
      return HistoryError(
        cause: .unusable,
        description: "the history store \(path) could not be used to \(doing) (\(e.message ?? "\(e.resultCode)")); "
          + "if it is damaged, move it aside and the next run starts a new one")
    }
  }
}
