import Foundation
import SafeguardCore
import Testing
import Transform

@testable import Ingest

/// The bundled Annex A list 6 and the bundled CIN census returns are written from the same
/// simulated episodes, so each describes the other's CIN episodes exactly.
@Suite struct ChildrenInNeedFixtureTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// An episode as both sources carry it.
  struct Episode: Hashable {
    let child: Int32
    let start: Day
    let need: String?
    let closure: Day?
    let reason: String?
  }

  @Test func list6HoldsTheCensusEpisodesOpenFromApril2022ToMarch2024() throws {
    var set = ExtractSet()
    let list6 = "annex-a-journey/L6_children_in_need_2022-24.csv"
    let outcome = try CSVExtractReader().read(
      path: Self.fixtures.appendingPathComponent(list6).path, name: list6, into: &set)
    guard case .read(let summary) = outcome else {
      Issue.record("list 6 not recognised: \(outcome)")
      return
    }
    #expect(summary.kind == .annexAChildrenInNeed && set.findings.isEmpty)
    let fromList6 = set.cinRecords.map {
      Episode(child: $0.child, start: $0.start, need: $0.primaryNeed, closure: $0.closure, reason: $0.reasonForClosure)
    }

    // The census episodes open at any time in the window, each from the latest return that holds
    // it (2023-24 first), as on 31 March 2024: what list 6 must hold, no more and no less.
    let from = Day(year: 2022, month: 4, day: 1)!
    let to = Day(year: 2024, month: 3, day: 31)!
    var seen = Set<[Int32]>()
    var fromCensus: [Episode] = []
    for name in ["cin-census/cin_census_2023-24.xml", "cin-census/cin_census_2022-23.xml"] {
      let (census, findings) = try CINCensusReader().read(
        path: Self.fixtures.appendingPathComponent(name).path, name: name, children: set.children)
      let file = CensusRecords.file(from: census)
      #expect(findings.isEmpty)
      for e in file.episodes {
        let start = try #require(e.referralDate)
        guard seen.insert([e.child, Int32(start.serial)]).inserted, start <= to,
          e.closureDate.map({ $0 >= from }) ?? true
        else { continue }
        fromCensus.append(
          Episode(child: e.child, start: start, need: e.primaryNeed, closure: e.closureDate, reason: e.reasonForClosure)
        )
      }
    }
    #expect(fromList6.count == fromCensus.count)
    #expect(Set(fromList6).count == fromList6.count)
    #expect(Set(fromList6) == Set(fromCensus))
    // Both sources have NFA episodes (closed RC8 the day they start) and episodes still open.
    #expect(fromList6.contains { $0.reason == "RC8" && $0.closure == $0.start && $0.need == nil })
    #expect(fromList6.contains { $0.closure == nil && $0.reason == nil })
  }
}
