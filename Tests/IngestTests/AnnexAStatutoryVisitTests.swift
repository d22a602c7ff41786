import SafeguardCore
import Testing

@testable import Ingest

/// List 7's "Date of the Last Statutory Visit" and "Was the Child Seen Alone?", read for
/// `cp_visits_on_time` and `cp_seen_alone`.
@Suite struct AnnexAStatutoryVisitTests {
  @Test func visitDateAndSeenAlone() throws {
    let start = "Child Protection Plan Start Date"
    let visit = "Date of the Last Statutory Visit"
    let alone = "Was the Child Seen Alone?"
    let text = AnnexALists.csv(
      .annexAChildProtection,
      [
        ["Child Unique ID": "C1", start: "01/04/2024", visit: "13/12/2024", alone: "Y"],
        ["Child Unique ID": "C2", start: "02/04/2024", visit: "2024-12-31", alone: "b) No"],
        ["Child Unique ID": "C3", start: "03/04/2024", visit: "", alone: ""],
        ["Child Unique ID": "C4", start: "04/04/2024", visit: "31/02/2024", alone: "Sometimes"],
      ])
    let (set, _) = try TestFiles.read(text)
    #expect(set.plans.map(\.lastVisit) == [Day(iso: "2024-12-13"), Day(iso: "2024-12-31"), nil, nil])
    #expect(set.plans.map(\.seenAlone) == [.yes, .no, .unknown, .unknown])
    // The unreadable date and answer are findings naming their column; the plan is kept.
    #expect(set.plans.count == 4)
    #expect(Set(set.findings.compactMap(\.field)) == [visit, alone])
  }

  @Test func aliasedHeaders() throws {
    let text = "CPP Start Date,Child Ref,Date of Last Statutory Visit,Seen Alone\n01/04/2024,C1,02/12/2024,N\n"
    let (set, _) = try TestFiles.read(text)
    #expect(set.plans.first?.lastVisit == Day(iso: "2024-12-02"))
    #expect(set.plans.first?.seenAlone == .no)
  }
}
