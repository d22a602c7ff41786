import GRDB

/// One run as the store keeps it. A run is written when it starts (no `ended`, no exit status:
/// "unfinished") and completed when it ends, so a run killed part-way stays visible as unfinished.
public struct StoredRun: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "run"
  enum CodingKeys: String, CodingKey {
    case id, pipeline, la, period, settings, started, ended, message, outFolder = "out_folder"
    case exitStatus = "exit_status", valueSet = "value_set"
  }

  /// `RunID` text: `20261207T020003Z-3f9a`.
  public var id: String
  public var pipeline: String
  /// The LA number the run was for; empty when none was set.
  public var la: String
  /// The period label asked for (`2024-25-Q3`).
  public var period: String
  /// The pipeline's settings as JSON, keys sorted.
  public var settings: String
  /// ISO 8601 UTC.
  public var started: String
  public var ended: String?
  public var exitStatus: Int?
  /// The sentence a failed run stopped with.
  public var message: String?
  /// The hash of the run's indicator values (`value_set`); nil until the run finishes with values.
  public var valueSet: String?
  /// The folder the run wrote (`out/quarter/2024-25-Q3`).
  public var outFolder: String

  public init(
    id: String, pipeline: String, la: String, period: String, settings: String, started: String, outFolder: String
  ) {
    self.id = id
    self.pipeline = pipeline
    self.la = la
    self.period = period
    self.settings = settings
    self.started = started
    self.outFolder = outFolder
  }

  /// `finished`, `failed (exit 65)` or `unfinished`.
  public var outcome: String {
    guard let exitStatus else { return "unfinished" }
    return exitStatus == 0 ? "finished" : "failed (exit \(exitStatus))"
  }
}

/// One input file a run read (or skipped).
public struct StoredInput: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "input"
  enum CodingKeys: String, CodingKey {
    case runID = "run_id", root, path, role, size, sha256, rows, rejected
    case firstDate = "first_date", lastDate = "last_date"
  }

  public var runID: String
  /// The source folder the path is relative to.
  public var root: String
  public var path: String
  /// `input` or `skipped`.
  public var role: String
  public var size: Int
  public var sha256: String
  public var rows: Int?
  public var rejected: Int?
  /// The dates the file covers (ISO), when it has dated rows.
  public var firstDate: String?
  public var lastDate: String?

  public init(
    runID: String, root: String, path: String, role: String, size: Int, sha256: String, rows: Int?, rejected: Int?,
    firstDate: String?, lastDate: String?
  ) {
    self.runID = runID
    self.root = root
    self.path = path
    self.role = role
    self.size = size
    self.sha256 = sha256
    self.rows = rows
    self.rejected = rejected
    self.firstDate = firstDate
    self.lastDate = lastDate
  }
}

/// How many findings of one rule a run made.
public struct StoredFindingCount: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
  public static let databaseTableName = "finding_count"
  enum CodingKeys: String, CodingKey { case runID = "run_id", rule, severity, count }

  public var runID: String
  public var rule: String
  public var severity: String
  public var count: Int

  public init(runID: String, rule: String, severity: String, count: Int) {
    self.runID = runID
    self.rule = rule
    self.severity = severity
    self.count = count
  }
}

/// One indicator value as computed locally, before any suppression: the store never holds a
/// published comparator, and never a `c`.
public struct StoredValue: Codable, Sendable, Hashable, FetchableRecord {
  enum CodingKeys: String, CodingKey {
    case indicator, breakdown, period, column = "period_column", numerator, denominator, value, figure, flags
  }

  public var indicator: String
  /// Empty for the whole; `source=1A` for a group.
  public var breakdown: String
  /// The period the figure measures (a rolling year for a rate shown under a quarter).
  public var period: String
  /// The `trend.csv` column it belongs under.
  public var column: String
  public var numerator: Int?
  public var denominator: Int?
  /// The value as a number, for queries and differences; nil when blank.
  public var value: Double?
  /// The exact figure, to rebuild the value: `count:12`, `ratio:3/40*100` or `none`.
  public var figure: String
  /// Flags, `;`-separated, as in `indicators.csv`.
  public var flags: String

  public init(
    indicator: String, breakdown: String, period: String, column: String, numerator: Int?, denominator: Int?,
    value: Double?, figure: String, flags: String
  ) {
    self.indicator = indicator
    self.breakdown = breakdown
    self.period = period
    self.column = column
    self.numerator = numerator
    self.denominator = denominator
    self.value = value
    self.figure = figure
    self.flags = flags
  }

  /// The key that is unique within one run.
  public var key: String { indicator + "|" + breakdown + "|" + column }

  /// One line per value, for the value set's hash: every field, in a fixed order.
  var canonical: String {
    [
      indicator, breakdown, period, column, numerator.map(String.init) ?? "", denominator.map(String.init) ?? "",
      figure, flags,
    ].joined(separator: "\u{1F}")
  }
}
