import SafeguardCore
import Testing
import Transform

@Suite("Overlapping missing, police and LADO extracts")
struct MissingAndLADOTransformTests {
  static func day(_ iso: String) -> Day { Day(iso: iso)! }

  static func police(_ ref: String, found: String?, file: UInt16, line: UInt32) -> PoliceMissingRecord {
    PoliceMissingRecord(
      occurrenceRef: ref, personRef: "P-" + ref, child: nil, birthDate: nil, sex: nil,
      reported: DayTime(day: day("2024-10-01"), hour: 20, minute: 0)!, found: found.map { DayTime(day: day($0)) },
      risk: .low, missingFrom: .home, homeLA: nil, file: file, line: line)
  }

  /// Files: 0 = Q2 export ending 30 September; 1 = Q3 export ending 31 December (read first in
  /// `files` order would not matter: the later latest date wins); 2 = a file ending 30 September too.
  static func files(_ last: [String]) -> [ExtractFileSummary] {
    last.enumerated().map { i, d in
      var f = ExtractFileSummary(file: "f\(i).csv", kind: .policeMissing, encoding: "UTF-8")
      f.lastDate = day(d)
      return f
    }
  }

  @Test("A police occurrence in two exports is kept once, from the later export")
  func policeOverlap() {
    var set = ExtractSet()
    set.files = Self.files(["2024-12-31", "2024-09-30"])
    // MP1 is in both files: the row read from file 0 (the later export) carries the Found date.
    // MP2 appears twice in file 1 only: the reader's business, both kept here. MP3 only in file 1.
    set.policeMissing = [
      Self.police("MP1", found: nil, file: 1, line: 2), Self.police("MP2", found: nil, file: 1, line: 3),
      Self.police("MP2", found: nil, file: 1, line: 4), Self.police("MP3", found: nil, file: 1, line: 5),
      Self.police("MP1", found: "2024-10-02", file: 0, line: 9),
    ]
    let findings = MissingAndLADOTransform.deduplicate(&set)
    #expect(set.policeMissing.map(\.line) == [3, 4, 5, 9])
    #expect(set.policeMissing.last?.found == DayTime(day: Self.day("2024-10-02")))
    #expect(findings.map(\.rule.code) == ["TRF003"])
    #expect(findings.first?.source == "police_missing_reports")
    #expect(findings.first?.message.hasPrefix("1 police occurrences (same Occurrence Ref)") == true)
  }

  @Test("Files ending on the same day: the one read last wins; no overlap, no finding")
  func ties() {
    var set = ExtractSet()
    set.files = Self.files(["2024-09-30", "2024-09-30"])
    set.policeMissing = [
      Self.police("MP1", found: nil, file: 0, line: 2), Self.police("MP1", found: "2024-10-03", file: 1, line: 2),
    ]
    _ = MissingAndLADOTransform.deduplicate(&set)
    #expect(set.policeMissing.map(\.file) == [1])
    var clean = ExtractSet()
    clean.files = Self.files(["2024-09-30"])
    clean.policeMissing = [Self.police("MP1", found: nil, file: 0, line: 2)]
    #expect(MissingAndLADOTransform.deduplicate(&clean).isEmpty)
    #expect(clean.policeMissing.count == 1)
  }

  @Test("Social care episodes are the same when child and start date-time agree")
  func episodes() {
    var set = ExtractSet()
    set.files = Self.files(["2024-12-31", "2024-09-30"])
    let c = set.children.intern("C1")
    func episode(_ minute: Int, file: UInt16) -> MissingEpisodeRecord {
      MissingEpisodeRecord(
        child: c, birthDate: nil, sex: nil, lookedAfter: .no, category: .missing,
        start: DayTime(day: Self.day("2024-09-29"), hour: 21, minute: minute)!, end: nil, rhiOffered: .unknown,
        rhiAccepted: .unknown, rhiDate: nil, policeRef: nil, file: file, line: 2)
    }
    // 21:00 in both files (one copy removed); 21:05 only in the older file (kept).
    set.missingEpisodes = [episode(0, file: 1), episode(5, file: 1), episode(0, file: 0)]
    let findings = MissingAndLADOTransform.deduplicate(&set)
    #expect(set.missingEpisodes.map { ($0.file, $0.start.minuteOfDay) }.elementsEqual([(1, 1265), (0, 1260)], by: ==))
    #expect(findings.first?.source == "missing_episodes")
  }

  @Test("A person reported on their 18th birthday is left out with a finding; the day before is kept")
  func adults() {
    var set = ExtractSet()
    set.files = Self.files(["2024-12-31"])
    func occurrence(_ ref: String, dob: String, reported: String) -> PoliceMissingRecord {
      PoliceMissingRecord(
        occurrenceRef: ref, personRef: "P", child: nil, birthDate: Self.day(dob), sex: nil,
        reported: DayTime(day: Self.day(reported)), found: nil, risk: nil, missingFrom: nil, homeLA: nil, file: 0,
        line: 7)
    }
    // Born 29 February 2008: 18 on 1 March 2026 (2026 has no 29 February).
    set.policeMissing = [
      occurrence("A", dob: "2006-10-01", reported: "2024-09-30"),
      occurrence("B", dob: "2006-10-01", reported: "2024-10-01"),
      occurrence("C", dob: "2008-02-29", reported: "2026-02-28"),
      occurrence("D", dob: "2008-02-29", reported: "2026-03-01"),
    ]
    let findings = MissingAndLADOTransform.deduplicate(&set)
    #expect(set.policeMissing.map(\.occurrenceRef) == ["A", "C"])
    #expect(findings.map(\.rule.code) == ["TRF004", "TRF004"])
    #expect(findings.first?.line == 7)
    #expect(findings.first?.file == "f0.csv")
    #expect(findings.first?.value == "2006-10-01")
  }
}
