import GRDB

/// The store's tables, as GRDB migrations applied in order and recorded in the store itself
/// (`grdb_migrations`), so a store written by an older build is brought up to date when opened.
///
/// A migration, once released, is never edited: a change is a new migration appended here, and
/// `HistorySchemaTests` migrates a store written at every earlier version.
enum HistorySchema {
  static var migrator: DatabaseMigrator {
    var m = DatabaseMigrator()
    // v1: runs, their inputs, their findings by rule, and their indicator values. Values are kept
    // once per distinct set (`value_set`, named by the hash of its contents): a night whose inputs
    // did not change adds a run that points at the set the night before wrote.
    m.registerMigration("v1") { db in
      try db.execute(
        sql: """
          CREATE TABLE value_set (
            hash TEXT PRIMARY KEY NOT NULL,
            count INTEGER NOT NULL
          );
          CREATE TABLE value (
            value_set TEXT NOT NULL REFERENCES value_set(hash) ON DELETE CASCADE,
            indicator TEXT NOT NULL,
            breakdown TEXT NOT NULL,
            period TEXT NOT NULL,
            period_column TEXT NOT NULL,
            numerator INTEGER,
            denominator INTEGER,
            value REAL,
            figure TEXT NOT NULL,
            flags TEXT NOT NULL,
            PRIMARY KEY (value_set, indicator, breakdown, period_column)
          ) WITHOUT ROWID;
          CREATE TABLE run (
            id TEXT PRIMARY KEY NOT NULL,
            pipeline TEXT NOT NULL,
            la TEXT NOT NULL,
            period TEXT NOT NULL,
            settings TEXT NOT NULL,
            started TEXT NOT NULL,
            ended TEXT,
            exit_status INTEGER,
            message TEXT,
            value_set TEXT REFERENCES value_set(hash),
            out_folder TEXT NOT NULL
          );
          CREATE INDEX run_by_pipeline ON run(pipeline, la, started);
          CREATE TABLE input (
            run_id TEXT NOT NULL REFERENCES run(id) ON DELETE CASCADE,
            root TEXT NOT NULL,
            path TEXT NOT NULL,
            role TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            rows INTEGER,
            rejected INTEGER,
            first_date TEXT,
            last_date TEXT,
            PRIMARY KEY (run_id, root, path)
          ) WITHOUT ROWID;
          CREATE TABLE finding_count (
            run_id TEXT NOT NULL REFERENCES run(id) ON DELETE CASCADE,
            rule TEXT NOT NULL,
            severity TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (run_id, rule)
          ) WITHOUT ROWID;
          """)
    }
    return m
  }

  /// The migrations in the order they apply.
  static var versions: [String] { migrator.migrations }
}
