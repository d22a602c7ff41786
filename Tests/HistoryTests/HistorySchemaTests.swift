import Foundation
import GRDB
import Testing

@testable import History

/// The store is created on first use and brought up to date from every earlier schema.
@Suite struct HistorySchemaTests {
  @Test func aNewStoreHasEveryMigrationAndItsTables() throws {
    let path = HistoryFixtures.temporaryStorePath("new")
    #expect(!FileManager.default.fileExists(atPath: path))
    let store = try HistoryStore(path: path)
    #expect(try store.appliedMigrations() == HistorySchema.versions)
    let tables = try store.db.read {
      try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'grdb_%'")
    }
    #expect(Set(tables) == ["run", "input", "finding_count", "value", "value_set"])
  }

  /// For each released schema: a store written at that version, holding a finished run, opens
  /// with every later migration applied and the run and its values still there.
  @Test(arguments: HistorySchema.versions)
  func aStoreFromAnEarlierVersionIsMigratedWithItsRuns(version: String) throws {
    let path = HistoryFixtures.temporaryStorePath("from-\(version)")
    let queue = try DatabaseQueue(path: path)
    try HistorySchema.migrator.migrate(queue, upTo: version)
    // Rows as each released version's tables hold them (v1 onwards).
    try queue.write { db in
      try db.execute(sql: "INSERT INTO value_set (hash, count) VALUES ('h1', 1)")
      try db.execute(
        sql: """
          INSERT INTO value (value_set, indicator, breakdown, period, period_column, numerator, denominator, value,
                             figure, flags)
          VALUES ('h1', 'referrals', '', '2022-23', '2022-23', 3700, NULL, 3700, 'count:3700', '')
          """)
      try db.execute(
        sql: """
          INSERT INTO run (id, pipeline, la, period, settings, started, ended, exit_status, value_set, out_folder)
          VALUES ('20230401T020000Z-0001', 'quarter', '332', '2022-23', '{}', '2023-04-01T02:00:00Z',
                  '2023-04-01T02:01:00Z', 0, 'h1', 'out/quarter/2022-23')
          """)
    }
    try queue.close()
    let store = try HistoryStore(path: path)
    #expect(try store.appliedMigrations() == HistorySchema.versions)
    #expect(try store.runs().map(\.id) == ["20230401T020000Z-0001"])
    #expect(try store.values(of: "20230401T020000Z-0001").map(\.numerator) == [3700])
  }

  @Test func aStoreFromANewerVersionIsRefusedAndLeftAlone() throws {
    let path = HistoryFixtures.temporaryStorePath("newer")
    _ = try HistoryStore(path: path)
    let queue = try DatabaseQueue(path: path)
    try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')") }
    try queue.close()
    let error = #expect(throws: HistoryError.self) { try HistoryStore(path: path) }
    #expect(error?.cause == .unusable)
    #expect(error?.description.contains("newer version of safeguard") == true)
  }

  @Test func aFileThatIsNotAStoreIsRefusedWithItsPath() throws {
    let path = HistoryFixtures.temporaryStorePath("garbage")
    try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
    let error = #expect(throws: HistoryError.self) { try HistoryStore(path: path) }
    #expect(error?.cause == .unusable)
    #expect(error?.description.contains(path) == true)
  }

  @Test func aStoreInAMissingFolderCannotBeCreated() throws {
    let path = HistoryFixtures.temporaryStorePath("missing") + "/no/such/history.sqlite"
    let error = #expect(throws: HistoryError.self) { try HistoryStore(path: path) }
    #expect(error?.cause == .cannotWrite)
  }
}
