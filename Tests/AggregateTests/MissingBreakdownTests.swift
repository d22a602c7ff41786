import SafeguardCore
import Testing

@testable import Aggregate

/// `missing_episodes` and `missing_children` by `looked_after`, `police_missing_reports` by `risk`.
@Suite struct MissingBreakdownTests {
  /// A missing (M, unless `category` says) episode of `child` starting at `start` (`yyyy-mm-dd` or
  /// `yyyy-mm-dd hh:mm`), looked after at the start as `lookedAfter` says.
  static func episode(
    _ child: Int32, _ start: String, _ lookedAfter: YesNo, _ category: MissingCategory = .missing
  ) -> MissingEpisodeRecord {
    MissingEpisodeRecord(
      child: child, birthDate: day("2010-01-01"), sex: nil, lookedAfter: lookedAfter, category: category,
      start: at(start), end: nil, rhiOffered: .unknown, rhiAccepted: .unknown, rhiDate: nil, policeRef: nil, file: 0,
      line: 2)
  }

  static func occurrence(_ ref: String, _ reported: String, _ risk: MissingRisk?) -> PoliceMissingRecord {
    PoliceMissingRecord(
      occurrenceRef: ref, personRef: "P-" + ref, child: nil, birthDate: day("2010-01-01"), sex: nil,
      reported: at(reported), found: nil, risk: risk, missingFrom: .home, homeLA: 332, file: 1, line: 2)
  }

  static func at(_ text: String) -> DayTime {
    let parts = text.split(separator: " ")
    let d = day(String(parts[0]))
    guard parts.count == 2 else { return DayTime(day: d) }
    let hm = parts[1].split(separator: ":").map { Int($0)! }
    return DayTime(day: d, hour: hm[0], minute: hm[1])!
  }

  static func compute(
    _ episodes: [MissingEpisodeRecord], police: [PoliceMissingRecord] = [], _ labels: String...,
    episodesRead: Bool = true, policeRead: Bool = true
  ) -> [IndicatorValue] {
    MissingIndicators.compute(
      episodes, coverage: episodesRead ? covered("2024-04-01", "2025-03-31") : nil, police: police,
      policeCoverage: policeRead ? covered("2024-04-01", "2025-03-31") : nil,
      periods: labels.map { try! Period.parse($0) })
  }

  /// (breakdown, numerator, denominator) of `id`'s rows of `dimension` in `period`.
  static func rows(
    _ v: [IndicatorValue], _ id: IndicatorID, _ period: String, _ dimension: String
  )
    -> [(String, Int?, Int?)]
  {
    v.filter { $0.indicator.id == id && $0.column.label == period && $0.breakdown.hasPrefix(dimension + "=") }
      .map { ($0.breakdown, $0.numerator, $0.denominator) }
  }

  /// Q3: child 1 has two M episodes (Y, Y), child 2 one (N), child 3 one with a blank answer, child 4
  /// only an away episode (Y). Episodes: yes 2, no 1, unknown 1 of 4; away episodes are not counted.
  @Test func episodesByTheirOwnLookedAfterAnswer() {
    let v = Self.compute(
      [
        Self.episode(1, "2024-10-01", .yes), Self.episode(1, "2024-11-01", .yes), Self.episode(2, "2024-10-02", .no),
        Self.episode(3, "2024-12-31 23:59", .unknown), Self.episode(4, "2024-10-05", .yes, .away),
        Self.episode(2, "2025-01-01 00:00", .yes),
      ], "2024-25-Q3")
    let rows = Self.rows(v, .missingEpisodes, "2024-25-Q3", "looked_after")
    #expect(rows.map(\.0) == ["looked_after=yes", "looked_after=no", "looked_after=unknown"])
    #expect(rows.map(\.1) == [2, 1, 1])
    #expect(rows.allSatisfy { $0.2 == 4 })
    #expect(v.value(.missingEpisodes, "2024-25-Q3")?.figure == .count(4))
  }

  /// Child 1: N on 1 October, then Y on 2 November: yes. Child 2: Y on 3 October, N at 10:00 on
  /// 5 December: no. Child 3: N at 09:00 and a date-only Y on 6 December (a date-only start is the
  /// start of its day, so the timed one is later): no. Child 4: its latest is after the quarter,
  /// so its Q3 answer is the N of 1 December: no. Child 5: a blank answer only: unknown.
  @Test func aChildTakesTheAnswerOfTheirLatestEpisodeInThePeriod() {
    let v = Self.compute(
      [
        Self.episode(1, "2024-10-01", .no), Self.episode(1, "2024-11-02", .yes),
        Self.episode(2, "2024-12-05 10:00", .no), Self.episode(2, "2024-10-03", .yes),
        Self.episode(3, "2024-12-06 09:00", .no), Self.episode(3, "2024-12-06", .yes),
        Self.episode(4, "2024-12-01", .no), Self.episode(4, "2025-01-02", .yes),
        Self.episode(5, "2024-11-11", .unknown),
      ], "2024-25-Q3", "2024-25")
    #expect(Self.rows(v, .missingChildren, "2024-25-Q3", "looked_after").map(\.1) == [1, 3, 1])
    #expect(Self.rows(v, .missingChildren, "2024-25-Q3", "looked_after").allSatisfy { $0.2 == 5 })
    // Over the year child 4's latest is the Y of 2 January.
    #expect(Self.rows(v, .missingChildren, "2024-25", "looked_after").map(\.1) == [2, 2, 1])
  }

  /// Two episodes of one child starting at the same moment: a recorded answer beats a blank one,
  /// and yes beats no, whichever row comes first.
  @Test(arguments: [
    ([YesNo.no, .yes], "looked_after=yes"), ([.yes, .no], "looked_after=yes"), ([.unknown, .no], "looked_after=no"),
    ([.no, .unknown], "looked_after=no"), ([.unknown, .unknown], "looked_after=unknown"),
  ])
  func startsAtTheSameMomentAreSettledByTheAnswer(answers: [YesNo], group: String) {
    let v = Self.compute(answers.map { Self.episode(7, "2024-10-10 14:30", $0) }, "2024-25-Q3")
    let rows = Self.rows(v, .missingChildren, "2024-25-Q3", "looked_after")
    #expect(rows.filter { $0.1 == 1 }.map(\.0) == [group])
  }

  /// Reported in Q3: High 2, Medium 1, Low 0, no apparent risk 1 (the reader's reading of
  /// `No apparent risk`, `None` and `Absent`), blank or unreadable 1.
  @Test func policeReportsByRisk() {
    let v = Self.compute(
      [],
      police: [
        Self.occurrence("1", "2024-10-01 10:00", .high), Self.occurrence("2", "2024-11-01", .high),
        Self.occurrence("3", "2024-12-31 23:00", .medium), Self.occurrence("4", "2024-10-09", .noApparentRisk),
        Self.occurrence("5", "2024-10-10", nil), Self.occurrence("6", "2025-01-01", .low),
      ], "2024-25-Q3")
    let rows = Self.rows(v, .policeMissingReports, "2024-25-Q3", "risk")
    #expect(rows.map(\.0) == ["risk=high", "risk=medium", "risk=low", "risk=no-apparent", "risk=unknown"])
    #expect(rows.map(\.1) == [2, 1, 0, 1, 1])
    #expect(rows.allSatisfy { $0.2 == 5 })
  }

  @Test func noOtherMissingIndicatorHasBreakdownRows() {
    let v = Self.compute(
      [Self.episode(1, "2024-10-01", .yes)], police: [Self.occurrence("1", "2024-10-01", .low)], "2024-25-Q3")
    let withRows = Set(v.filter { !$0.breakdown.isEmpty }.map(\.indicator.id))
    #expect(withRows == [.missingEpisodes, .missingChildren, .policeMissingReports])
  }

  /// Each indicator's rows follow its own totals (every period), dimension then group then period.
  @Test func rowsFollowTheirTotals() {
    let v = Self.compute([Self.episode(1, "2024-10-01", .yes)], "2024-25-Q2", "2024-25-Q3")
    let episodes = v.filter { $0.indicator.id == .missingEpisodes }
    #expect(
      episodes.map { $0.breakdown + "@" + $0.column.label } == [
        "@2024-25-Q2", "@2024-25-Q3", "looked_after=yes@2024-25-Q2", "looked_after=yes@2024-25-Q3",
        "looked_after=no@2024-25-Q2", "looked_after=no@2024-25-Q3", "looked_after=unknown@2024-25-Q2",
        "looked_after=unknown@2024-25-Q3",
      ])
    let first = v.firstIndex { $0.indicator.id == .awayEpisodes }!
    #expect(v[..<first].allSatisfy { $0.indicator.id == .missingEpisodes })
  }

  /// A source not read gives no rows for its dimension; a period before the extract gives blank
  /// rows flagged as the total is.
  @Test func noRowsWithoutTheSourceAndBlankRowsBeforeIt() {
    let noEpisodes = Self.compute(
      [], police: [Self.occurrence("1", "2024-10-01", .low)], "2024-25-Q3", episodesRead: false)
    #expect(noEpisodes.filter { $0.indicator.id == .missingEpisodes || $0.indicator.id == .missingChildren }.count == 2)
    #expect(Self.rows(noEpisodes, .policeMissingReports, "2024-25-Q3", "risk").count == 5)
    let noPolice = Self.compute([Self.episode(1, "2024-10-01", .yes)], "2024-25-Q3", policeRead: false)
    #expect(Self.rows(noPolice, .policeMissingReports, "2024-25-Q3", "risk").isEmpty)
    #expect(Self.rows(noPolice, .missingChildren, "2024-25-Q3", "looked_after").map(\.1) == [1, 0, 0])
    let before = Self.compute([Self.episode(1, "2024-10-01", .yes)], "2023-24-Q4")
    let blank = before.filter { $0.indicator.id == .missingChildren && !$0.breakdown.isEmpty }
    #expect(blank.count == 3)
    #expect(blank.allSatisfy { $0.figure == .none && $0.flags == [.noData] })
  }
}
