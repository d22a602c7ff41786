import Report
import SafeguardCore
import SafeguardKernels
import Testing

@Suite struct ReconciliationTablesTests {
  /// October: 4 occurrences (1 ambiguous, 1 low risk; 2 matched), 3 episodes (1 away, looked
  /// after, unmatched), 1 out of area. November: nothing.
  static let october: ReconciliationCounts = {
    var c = ReconciliationCounts()
    c.policeOccurrences = 4
    c.cscEpisodes = 3
    c.matched = 2
    c.policeOnly = 2
    c.cscOnly = 1
    c.ambiguous = 1
    c.policeChildren = 3
    c.cscChildren = 2
    c.childrenInBoth = 2
    c.outOfAreaOccurrences = 1
    c.cscOnlyAway = 1
    c.cscOnlyLookedAfter = 1
    c.policeOnlyLowRisk = 1
    c.policeOnlyRiskUnknown = 1
    c.policeOnlyNotKnownToCSC = 1
    c.policeOnlyChildren = 1
    return c
  }()

  static let result = ReconciliationResult(
    settings: ReconciliationSettings(la: LACode("332"), extractEnd: Day(iso: "2024-12-31")!),
    total: ReconciliationRow(period: .quarter(2024, 3), counts: october),
    months: [
      ReconciliationRow(period: .month(2024, 10), counts: october),
      ReconciliationRow(period: .month(2024, 11), counts: ReconciliationCounts()),
    ],
    exceptions: [])

  static func lines(_ bytes: [UInt8]) -> [String] {
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.hasSuffix("\r\n"))
    return text.split(separator: "\r\n", omittingEmptySubsequences: false).dropLast().map(String.init)
  }

  @Test func theReconciliationFileHasThePeriodRowThenTheMonths() {
    // Match rates: 2 ÷ 4 = 50.0% police, 2 ÷ 3 = 66.7% social care; blank with no records.
    #expect(
      Self.lines(ReconciliationTables.missingReconciliation(Self.result)) == [
        "month,police_occurrences,csc_episodes,matched,police_only,csc_only,ambiguous,police_children,csc_children,"
          + "children_in_both,police_match_rate,csc_match_rate,out_of_area_occurrences,csc_only_missing,csc_only_away,"
          + "csc_only_looked_after,csc_only_not_looked_after,csc_only_looked_after_unknown,"
          + "police_only_no_apparent_risk,police_only_low_risk,police_only_medium_risk,police_only_high_risk,"
          + "police_only_risk_unknown,police_only_known_to_csc,police_only_not_known_to_csc,police_only_children,"
          + "csc_only_children",
        "2024-25-Q3,4,3,2,2,1,1,3,2,2,50.0,66.7,1,0,1,1,0,0,0,1,0,0,1,0,1,1,0",
        "2024-10,4,3,2,2,1,1,3,2,2,50.0,66.7,1,0,1,1,0,0,0,1,0,0,1,0,1,1,0",
        "2024-11,0,0,0,0,0,0,0,0,0,,,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0",
      ])
  }

  @Test func publishingWithholdsCountsOfOneToFiveAndTheirRates() {
    let got = Self.lines(ReconciliationTables.missingReconciliation(Self.result, suppress: true))
    #expect(got[1] == "2024-25-Q3,c,c,c,c,c,c,c,c,c,c,c,c,0,c,c,0,0,0,c,0,0,c,0,c,c,0")
    #expect(got[3] == "2024-11,0,0,0,0,0,0,0,0,0,,,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0")
  }

  @Test func exceptionsAreSortedBySideThenStartAndMarkedPersonalInTheHeader() {
    let children = ChildRegistry()
    let c1 = children.intern("C001")
    let c2 = children.intern("C002")
    func at(_ d: String, _ h: Int? = nil, _ m: Int = 0) -> DayTime {
      h.map { DayTime(day: Day(iso: d)!, hour: $0, minute: m)! } ?? DayTime(day: Day(iso: d)!)
    }
    let rows = [
      ReconciliationException(
        side: .police, occurrenceRef: "O7", personRef: "PX9", child: nil, birthDate: Day(iso: "2010-05-01"),
        start: at("2024-10-10", 8), end: nil, categoryOrRisk: "High", reason: .ambiguous(candidates: 2), file: 1,
        line: 5),
      ReconciliationException(
        side: .police, occurrenceRef: "-O9", personRef: "P1", child: nil, birthDate: nil,
        start: at("2024-10-20", 9, 30),
        end: nil, categoryOrRisk: "Low", reason: .outOfArea(homeLA: 333), file: 1, line: 6),
      ReconciliationException(
        side: .csc, occurrenceRef: nil, personRef: nil, child: c2, birthDate: nil, start: at("2024-11-01", 1),
        end: at("2024-11-01", 3), categoryOrRisk: "A", reason: .noMatchingOccurrence, file: 0, line: 14),
      ReconciliationException(
        side: .police, occurrenceRef: "O3", personRef: "PA", child: c1, birthDate: nil, start: at("2024-10-02"),
        end: at("2024-10-02", 10), categoryOrRisk: nil, reason: .noMatchingEpisode, file: 1, line: 2),
    ]
    let bytes = ReconciliationTables.missingExceptions(rows, children: children, files: ["missing/episodes.csv"])
    #expect(
      Self.lines(bytes) == [
        "side,record_ref,child_ref,date_of_birth,start,end,category_or_risk,reason,"
          + "PERSONAL DATA: internal follow-up only",
        "csc,missing/episodes.csv:14,C002,,2024-11-01 01:00,2024-11-01 03:00,A,no matching police occurrence,",
        "police,O3,C001,,2024-10-02,2024-10-02 10:00,,no matching social care episode,",
        "police,O7,Person Ref PX9,2010-05-01,2024-10-10 08:00,,High,"
          + "ambiguous: date of birth fits 2 social care children,",
        "police,'-O9,Person Ref P1,,2024-10-20 09:30,,Low,out of area: Home LA 333,",
      ])
  }

  @Test func theConsoleTableAlignsColumnsAndShowsMatchRates() {
    #expect(
      ReconciliationTables.consoleTable(Self.result) == """
        month       police  CSC  matched  police only  CSC only  ambiguous  police matched %  CSC matched %  out of area
        2024-25-Q3       4    3        2            2         1          1              50.0           66.7            1
        2024-10          4    3        2            2         1          1              50.0           66.7            1
        2024-11          0    0        0            0         0          0                 -              -            0

        """)
  }

  @Test func theExplanationBreaksDownEachSidesUnmatchedRecords() {
    var c = ReconciliationCounts()
    (c.cscOnly, c.cscOnlyAway, c.cscOnlyMissing, c.cscOnlyLookedAfter) = (136, 49, 87, 62)
    (c.policeOnly, c.policeOnlyKnownToCSC, c.policeOnlyNotKnownToCSC, c.ambiguous) = (1052, 22, 1029, 1)
    (c.policeOnlyHighRisk, c.policeOnlyMediumRisk, c.policeOnlyLowRisk, c.policeOnlyNoApparentRisk) = (5, 24, 14, 9)
    c.outOfAreaOccurrences = 27
    let text = ReconciliationTables.explanation(ReconciliationRow(period: .quarter(2024, 3), counts: c))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "Why the counts differ in 2024-25-Q3:")
    #expect(lines.count == 14)  // heading, 12 lines, and the empty string after the last line end
    // Every figure ends in the same column; low and no apparent risk are one line (14 + 9 = 23).
    #expect(Set(lines.dropFirst().dropLast().map(\.count)).count == 1)
    #expect(lines[2].hasPrefix("  away from placement without authorisation (A)") && lines[2].hasSuffix(" 49"))
    #expect(lines[5].hasPrefix("Police reports with no social care episode") && lines[5].hasSuffix(" 1,052"))
    #expect(lines[11].hasSuffix(" 23"))
    #expect(lines[12].hasPrefix("Police reports for children placed here") && lines[12].hasSuffix(" 27"))
  }

  static func summary(
    _ period: Period, police: Int, csc: Int, matched: Int, notKnown: Int, ambiguous: Int, outOfArea: Int
  ) -> ReconciliationSummary {
    var c = ReconciliationCounts()
    c.policeOccurrences = police
    c.cscEpisodes = csc
    c.matched = matched
    c.policeOnlyNotKnownToCSC = notKnown
    c.ambiguous = ambiguous
    c.outOfAreaOccurrences = outOfArea
    return ReconciliationSummary(period: period, counts: c)
  }

  @Test func theHeadlineReadsLikeABoardPaper() {
    let s = Self.summary(
      .quarter(2024, 3), police: 1412, csc: 530, matched: 301, notKnown: 64, ambiguous: 12, outOfArea: 9)
    #expect(
      ReconciliationTables.headline(s)
        == "In 2024-25-Q3 (1 October to 31 December 2024), police recorded 1,412 missing-person reports and "
        + "children's social care recorded 530 missing or away episodes; 301 were matched as the same episode. "
        + "64 police reports concerned children not known to social care. 12 police reports could not be linked "
        + "to a single child, as their date of birth fits more than one child in social care records. A further 9 "
        + "police reports concerned children placed here by other authorities.")
  }

  @Test func theHeadlineSaysOneAndNoneInWords() {
    let s = Self.summary(.month(2024, 12), police: 1, csc: 0, matched: 0, notKnown: 1, ambiguous: 1, outOfArea: 1)
    #expect(
      ReconciliationTables.headline(s)
        == "In 2024-12 (1 December to 31 December 2024), police recorded 1 missing-person report and children's "
        + "social care recorded no missing or away episodes. 1 police report concerned a child not known to social "
        + "care. 1 police report could not be linked to a single child, as its date of birth fits more than one "
        + "child in social care records. A further police report concerned a child placed here by another "
        + "authority.")
    let none = Self.summary(.month(2024, 12), police: 2, csc: 3, matched: 0, notKnown: 0, ambiguous: 0, outOfArea: 0)
    #expect(
      ReconciliationTables.headline(none).hasSuffix(
        "3 missing or away episodes; none were matched as the same episode."))
  }
}
