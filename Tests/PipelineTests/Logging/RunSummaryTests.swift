import Foundation
import SafeguardCore
import Testing

@testable import Pipeline

/// The summary block at the end of a run.
@Suite struct RunSummaryTests {
  static func finished() -> RunSummary {
    var s = RunSummary(runID: "20261207T020003Z-3f9a", pipeline: "nightly", totalSeconds: 3.4)
    s.inputs = [
      .init(file: "contacts.csv", rows: 1204, rejected: 3), .init(file: "census.xml", rows: 500, unit: "children"),
      .init(file: "notes.txt", rows: nil),
    ]
    s.findings = [.error: 2, .warning: 1_500]
    s.folder = "out/nightly/2024-25-Q3"
    s.outputs = ["indicators.csv", "trend.csv"]
    s.stages = [("read", 1.25), ("write", 0.0004)]
    return s
  }

  @Test func aFinishedRunListsInputsFindingsOutputsAndStageTimes() {
    #expect(
      Self.finished().lines.map(\.message) == [
        "summary of run 20261207T020003Z-3f9a (nightly): finished in 3.400 s",
        "  input contacts.csv: 1,204 rows in, 3 rejected",
        "  input census.xml: 500 children in",
        "  input notes.txt: skipped",
        "  findings: 2 errors, 0 queries, 1,500 warnings",
        "  outputs in out/nightly/2024-25-Q3/: indicators.csv, trend.csv",
        "  stage read: 1.250 s",
        "  stage write: 0.000 s",
      ])
  }

  @Test func eachLineCarriesItsFields() {
    let lines = Self.finished().lines
    #expect(lines[1].fields["rows"]?.description == "1204" && lines[1].fields["rejected"]?.description == "3")
    #expect(lines[2].fields["rejected"] == nil)
    #expect(lines[4].fields["queries"]?.description == "0" && lines[4].fields["warnings"]?.description == "1500")
    #expect(lines[6].fields["stage"]?.description == "read" && lines[6].fields["seconds"]?.description == "1.25")
  }

  @Test func aStoppedRunSaysWhereAndWithWhatStatus() {
    var s = RunSummary(runID: "20261207T020003Z-3f9a", pipeline: "nightly", totalSeconds: 0.5)
    s.stages = [("read", 0.25)]
    s.stopped = ("write", "exit 73")
    #expect(
      s.lines.map(\.message) == [
        "summary of run 20261207T020003Z-3f9a (nightly): stopped in the write stage after 0.500 s: exit 73",
        "  stage read: 0.250 s",
      ])
    s.stopped = (nil, "exit 75")
    #expect(s.lines[0].message.hasSuffix("(nightly): stopped after 0.500 s: exit 75"))
  }
}
