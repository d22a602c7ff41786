import Foundation
import GRDB
import SafeguardCore
import Testing

@testable import History

@Suite struct HistoryStoreTests {
  typealias F = HistoryFixtures

  @Test func aRunBegunAndNeverFinishedIsUnfinishedWithNothingRecorded() throws {
    let store = try HistoryStore(path: F.temporaryStorePath("unfinished"))
    try store.begin(F.run("1"))
    let run = try store.run("1")
    #expect(run.outcome == "unfinished")
    #expect(try store.values(of: "1").isEmpty)
    #expect(try store.inputs(of: "1").isEmpty)
  }

  @Test func aFinishedRunKeepsItsInputsFindingsAndValues() throws {
    let store = try HistoryStore(path: F.temporaryStorePath("finished"))
    try F.record(
      store, F.run("1"), values: [F.value("referrals", "2024-25-Q3", 885), F.value("contacts", "2024-25-Q3", 2806)],
      inputs: [F.input("1", "referrals.csv", sha: "aa", rows: 6553)],
      findings: [StoredFindingCount(runID: "1", rule: "ING011", severity: "error", count: 1)])
    let run = try store.run("1")
    #expect(run.outcome == "finished")
    #expect(try store.values(of: "1").map(\.numerator) == [2806, 885])
    #expect(try store.inputs(of: "1").map(\.rows) == [6553])
    #expect(try store.findings(of: "1").map(\.count) == [1])
  }

  @Test func aFailedRunRecordsItsStatusAndSentence() throws {
    let store = try HistoryStore(path: F.temporaryStorePath("failed"))
    try store.begin(F.run("1"))
    try store.fail("1", ended: "2026-12-01T02:00:09Z", exitStatus: 74, message: "the disk is full")
    let run = try store.run("1")
    #expect(run.outcome == "failed (exit 74)")
    #expect(run.message == "the disk is full")
  }

  /// Re-running the same inputs adds a run and no values: both runs point at one value set.
  @Test func identicalValuesAreKeptOnce() throws {
    let store = try HistoryStore(path: F.temporaryStorePath("dedupe"))
    let values = [F.value("referrals", "2024-25-Q3", 885), F.value("referrals", "2024-25-Q2", 900)]
    try F.record(store, F.run("1"), values: values)
    try F.record(store, F.run("2"), values: values.reversed())
    let counts = try store.db.read {
      (try Int.fetchOne($0, sql: "SELECT count(*) FROM value")!, try Int.fetchOne($0, sql: "SELECT count(*) FROM run")!)
    }
    #expect(counts == (2, 2))
    #expect(try store.values(of: "2") == store.values(of: "1"))
  }

  @Test func aRunIdPrefixNamesOneRunOrSaysWhy() throws {
    let store = try HistoryStore(path: F.temporaryStorePath("prefix"))
    try store.begin(F.run("1-abc"))
    try store.begin(F.run("1-abd"))
    #expect(try store.run("1-abc").id == "1-abc")
    let ambiguous = #expect(throws: HistoryError.self) { try store.run("1-ab") }
    #expect(ambiguous?.description.contains("more than one run") == true)
    let missing = #expect(throws: HistoryError.self) { try store.run("9") }
    #expect(missing?.cause == .noRun)
  }

  /// The trend cells for a period come from the newest finished run of the pipeline for the LA
  /// that computed it: not from a failed or unfinished run, another pipeline or another LA.
  @Test func earlierTrendCellsComeFromTheNewestFinishedRunOfThePipelineForTheLA() throws {
    let store = try HistoryStore(path: F.temporaryStorePath("latest"))
    try F.record(store, F.run("1"), values: [F.value("referrals", "2021-22", 3000)])
    try F.record(store, F.run("2"), values: [F.value("referrals", "2021-22", 3100)])
    try F.record(store, F.run("3", la: "333"), values: [F.value("referrals", "2021-22", 1)])
    try F.record(store, F.run("4", pipeline: "nightly"), values: [F.value("referrals", "2021-22", 2)])
    try store.begin(F.run("5"))
    try store.begin(F.run("6"))
    try store.fail("6", ended: "2026-12-06T02:00:00Z", exitStatus: 65, message: "too many bad rows")
    let found = try store.latestValues(pipeline: "quarter", la: "332", columns: ["2021-22", "2020-21"])
    #expect(found["2021-22"]?.run == "2")
    #expect(found["2021-22"]?.values.map(\.numerator) == [3100])
    #expect(found["2020-21"] == nil)
  }
}
