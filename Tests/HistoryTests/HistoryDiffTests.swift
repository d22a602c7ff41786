import Testing

@testable import History

/// Two nights' runs: one input file changed, so some values changed.
@Suite struct HistoryDiffTests {
  typealias F = HistoryFixtures

  static func twoNights() throws -> HistoryStore {
    let store = try HistoryStore(path: F.temporaryStorePath("diff"))
    try F.record(
      store, F.run("1"),
      values: [
        F.value("referrals", "2024-25-Q3", 924), F.value("contacts", "2024-25-Q3", 2806),
        F.value("referrals", "2024-25-Q3", 60, breakdown: "source=1A"),
      ],
      inputs: [
        F.input("1", "referrals.csv", sha: "aa", rows: 6591), F.input("1", "contacts.csv", sha: "cc", rows: 41461),
        F.input("1", "old.csv", sha: "dd", rows: 5),
      ])
    try F.record(
      store, F.run("2"),
      values: [
        F.value("referrals", "2024-25-Q3", 885), F.value("contacts", "2024-25-Q3", 2806),
        F.value("referrals", "2024-25-Q3", 4, breakdown: "source=1B"),
      ],
      inputs: [
        F.input("2", "referrals.csv", sha: "ab", rows: 6553), F.input("2", "contacts.csv", sha: "cc", rows: 41461),
        F.input("2", "new.csv", sha: "ee", rows: 7),
      ],
      findings: [StoredFindingCount(runID: "2", rule: "ING011", severity: "error", count: 1)])
    return store
  }

  @Test func changedValuesInputsAndFindingsAreListed() throws {
    let store = try Self.twoNights()
    let (a, b) = try store.pairToCompare([], pipeline: nil)
    #expect((a.id, b.id) == ("1", "2"))
    let d = try HistoryDiff.between(a, b, in: store)
    // Catalogue order: contacts before referrals; the unchanged contacts row is not listed.
    #expect(d.unchanged == 1)
    #expect(
      d.values.map { "\($0.indicator)/\($0.breakdown)" } == [
        "referrals/", "referrals/source=1A", "referrals/source=1B",
      ])
    #expect(d.values[0].change == -39)
    #expect(d.values[1].after == nil && d.values[1].change == nil)
    #expect(d.values[2].before == nil)
    #expect(
      d.inputs.map { "\($0.kind.rawValue) \($0.path)" } == [
        "added new.csv", "removed old.csv", "changed referrals.csv",
      ])
    #expect(d.inputs[2].before?.rows == 6591 && d.inputs[2].after?.rows == 6553)
    #expect(d.findings == [.init(rule: "ING011", severity: "error", before: 0, after: 1)])
  }

  @Test func oneRunNamedIsComparedWithTheRunBeforeItOfTheSamePipelineAndPeriod() throws {
    let store = try Self.twoNights()
    try F.record(store, F.run("3", period: "2024-25-Q4"), values: [])
    let (a, b) = try store.pairToCompare(["2"], pipeline: nil)
    #expect((a.id, b.id) == ("1", "2"))
    let first = #expect(throws: HistoryError.self) { try store.pairToCompare(["3"], pipeline: nil) }
    #expect(first?.description.contains("nothing before it") == true)
  }
}
