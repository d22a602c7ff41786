import SafeguardCore
import Testing

@testable import Aggregate

/// A social care episode: child, start and end (`yyyy-mm-dd` or `yyyy-mm-dd hh:mm`).
private func episode(
  _ child: Int32, _ start: String, _ end: String? = nil, _ category: MissingCategory = .missing,
  offered: YesNo = .unknown, accepted: YesNo = .unknown, interview: String? = nil
) -> MissingEpisodeRecord {
  MissingEpisodeRecord(
    child: child, birthDate: day("2010-01-01"), sex: nil, lookedAfter: .no, category: category, start: at(start),
    end: end.map(at), rhiOffered: offered, rhiAccepted: accepted, rhiDate: interview.map(day), policeRef: nil,
    file: 0, line: 2)
}

/// A police occurrence: person, LA child (nil when unmatched), reported day, Home LA.
private func occurrence(
  _ person: String, _ child: Int32?, _ reported: String, homeLA: Int16? = 332
)
  -> PoliceMissingRecord
{
  PoliceMissingRecord(
    occurrenceRef: "OCC-\(person)-\(reported)", personRef: person, child: child, birthDate: day("2010-01-01"),
    sex: nil, reported: at(reported), found: nil, risk: .low, missingFrom: .home, homeLA: homeLA, file: 1, line: 2)
}

private func at(_ text: String) -> DayTime {
  let parts = text.split(separator: " ")
  let d = day(String(parts[0]))
  guard parts.count == 2 else { return DayTime(day: d) }
  let hm = parts[1].split(separator: ":").map { Int($0)! }
  return DayTime(day: d, hour: hm[0], minute: hm[1])!
}

private func compute(
  _ episodes: [MissingEpisodeRecord], police: [PoliceMissingRecord] = [], _ labels: [String],
  from: String = "2024-01-01", to: String = "2025-06-30", policeFrom: String? = nil
) -> [IndicatorValue] {
  MissingIndicators.compute(
    episodes, coverage: covered(from, to), police: police,
    policeCoverage: policeFrom.map { covered($0, to) }, periods: labels.map { try! Period.parse($0) })
}

private func percent(_ n: Int, _ d: Int) -> Figure { .ratio(numerator: n, denominator: d, multiplier: 100) }
private func mean(_ n: Int, _ d: Int) -> Figure { .ratio(numerator: n, denominator: d, multiplier: 1) }

@Suite struct MissingEpisodeCountTests {
  @Test func anEpisodeStarting31MarchBelongsToTheYearEndingThatDay() {
    // 31 March 2025 23:50 is in 2024-25; 1 April 2025 00:10 is in 2025-26 Q1.
    let v = compute(
      [episode(1, "2025-03-31 23:50", "2025-04-01 09:00"), episode(2, "2025-04-01 00:10")], ["2024-25", "2025-26-Q1"])
    #expect(v.value(.missingEpisodes, "2024-25")?.figure == .count(1))
    #expect(v.value(.missingEpisodes, "2025-26-Q1")?.figure == .count(1))
    #expect(v.value(.missingChildren, "2024-25")?.figure == .count(1))
  }

  @Test func awayEpisodesAreNotMissingEpisodes() {
    // Child 1: one M and one A; child 2: one A only. M episodes 1, A episodes 2, missing children 1.
    let v = compute(
      [
        episode(1, "2024-11-01"), episode(1, "2024-11-05", nil, .away), episode(2, "2024-11-06", nil, .away),
      ], ["2024-25-Q3"])
    #expect(v.value(.missingEpisodes, "2024-25-Q3")?.figure == .count(1))
    #expect(v.value(.awayEpisodes, "2024-25-Q3")?.figure == .count(2))
    #expect(v.value(.missingChildren, "2024-25-Q3")?.figure == .count(1))
    #expect(v.value(.missingEpisodesPerChild, "2024-25-Q3")?.figure == mean(1, 1))
  }

  @Test func threeEpisodesMakeARepeatChildTwoDoNot() {
    // Child 1: 2 in Q3 (and a third in Q4); child 2: 3 in Q3, plus 2 away that do not count.
    // Q3: 5 M episodes, 2 children, 5 ÷ 2 = 2.5 per child, 1 repeat child.
    let v = compute(
      [
        episode(1, "2024-10-01"), episode(1, "2024-12-31"), episode(1, "2025-01-01"),
        episode(2, "2024-10-03"), episode(2, "2024-11-03"), episode(2, "2024-12-03"),
        episode(1, "2024-10-05", nil, .away), episode(1, "2024-10-06", nil, .away),
      ], ["2024-25-Q3", "2024-25"])
    #expect(v.value(.missingEpisodes, "2024-25-Q3")?.figure == .count(5))
    #expect(v.value(.missingChildren, "2024-25-Q3")?.figure == .count(2))
    #expect(v.value(.missingEpisodesPerChild, "2024-25-Q3")?.figure == mean(5, 2))
    #expect(v.value(.missingEpisodesPerChild, "2024-25-Q3")?.numerator == 5)
    #expect(v.value(.missingEpisodesPerChild, "2024-25-Q3")?.denominator == 2)
    #expect(v.value(.missingRepeatChildren, "2024-25-Q3")?.figure == .count(1))
    // Over the year child 1 has 3 too: 2 repeat children.
    #expect(v.value(.missingRepeatChildren, "2024-25")?.figure == .count(2))
  }

  @Test func repeatChildrenArePartialWhenTheExtractStopsInsideThePeriod() {
    let v = compute([episode(1, "2024-10-01")], ["2024-25-Q3"], to: "2024-12-15")
    #expect(v.value(.missingRepeatChildren, "2024-25-Q3")?.flags == [.provisional, .partialHistory])
    #expect(v.value(.missingEpisodes, "2024-25-Q3")?.flags == [.provisional])
    let whole = compute([episode(1, "2024-10-01")], ["2024-25-Q3"], to: "2025-01-10")
    #expect(whole.value(.missingRepeatChildren, "2024-25-Q3")?.flags == [])
  }

  @Test func noExtractCoveringThePeriodStartIsNoData() {
    let late = compute([episode(1, "2024-10-05")], ["2024-25-Q3"], from: "2024-10-02")
    #expect(late.value(.missingEpisodes, "2024-25-Q3")?.figure == Figure.none)
    #expect(late.value(.missingEpisodes, "2024-25-Q3")?.flags == [.noData])
    let none = MissingIndicators.compute(
      [], coverage: nil, police: [], policeCoverage: nil, periods: [.quarter(2024, 3)])
    #expect(none.count == MissingIndicators.ids.count)
    #expect(none.allSatisfy { $0.figure == .none && $0.flags == [.noData] })
  }
}

@Suite struct ReturnHomeInterviewTests {
  /// Ended in 2024-25 Q3 (1 October to 31 December 2024):
  /// - a: ended 1 Oct (started in Q2), offered, accepted, interview same day: within.
  /// - b: ended 1 Nov 23:00, offered, accepted, interview 4 Nov = end + 3: within.
  /// - c: ended 1 Nov, offered, accepted, interview 5 Nov = end + 4: not within.
  /// - d: ended 10 Nov, offered, refused, no interview.
  /// - e: ended 12 Nov, not offered.
  /// Left out: f open (offered, interview dated); g ends 2 Jan (Q4); h away; i ended 15 Nov with
  /// an interview dated 14 Nov, before the return (in the denominators, not within 72 hours).
  /// Ended M: a b c d e i = 6. Offered: a b c d i = 5 of 6 → 83.3%. Accepted: a b c = 3 of 5 →
  /// 60.0%. Within 72 hours: a b = 2 of 6 → 33.3%.
  static let episodes = [
    episode(1, "2024-09-29", "2024-10-01", offered: .yes, accepted: .yes, interview: "2024-10-01"),
    episode(2, "2024-10-31 22:00", "2024-11-01 23:00", offered: .yes, accepted: .yes, interview: "2024-11-04"),
    episode(3, "2024-10-31", "2024-11-01", offered: .yes, accepted: .yes, interview: "2024-11-05"),
    episode(4, "2024-11-09", "2024-11-10", offered: .yes, accepted: .no),
    episode(5, "2024-11-11", "2024-11-12", offered: .no),
    episode(6, "2024-12-20", nil, offered: .yes, accepted: .yes, interview: "2024-12-21"),
    episode(7, "2024-12-30", "2025-01-02", offered: .yes, accepted: .yes, interview: "2025-01-03"),
    episode(8, "2024-11-01", "2024-11-02", .away, offered: .yes, accepted: .yes, interview: "2024-11-02"),
    episode(9, "2024-11-14", "2024-11-15", offered: .yes, accepted: .no, interview: "2024-11-14"),
  ]

  @Test func interviewsOverMissingEpisodesEndingInThePeriod() {
    let v = compute(Self.episodes, ["2024-25-Q3"])
    #expect(v.value(.rhiOffered, "2024-25-Q3")?.figure == percent(5, 6))
    #expect(v.value(.rhiAccepted, "2024-25-Q3")?.figure == percent(3, 5))
    #expect(v.value(.rhiWithin72h, "2024-25-Q3")?.figure == percent(2, 6))
  }

  @Test(arguments: [("2024-11-04", true), ("2024-11-05", false), ("2024-11-01", true), ("2024-10-31", false)])
  func theThirdDayAfterTheReturnCountsTheFourthDoesNot(interview: String, within: Bool) {
    let e = episode(1, "2024-10-30", "2024-11-01 23:59", offered: .yes, accepted: .yes, interview: interview)
    #expect(MissingIndicators.interviewedWithin72Hours(e) == within)
    let v = compute([e], ["2024-25-Q3"])
    #expect(v.value(.rhiWithin72h, "2024-25-Q3")?.figure == percent(within ? 1 : 0, 1))
  }

  @Test func interviewsAreProvisionalUntilThreeDaysAfterThePeriodEnds() {
    // Q3 ends 31 December: an extract to 2 January may still lack an interview due by 3 January.
    let early = compute(Self.episodes, ["2024-25-Q3"], to: "2025-01-02")
    for id: IndicatorID in [.rhiOffered, .rhiAccepted, .rhiWithin72h] {
      #expect(early.value(id, "2024-25-Q3")?.flags == [.provisional])
    }
    #expect(early.value(.missingEpisodes, "2024-25-Q3")?.flags == [])
    let late = compute(Self.episodes, ["2024-25-Q3"], to: "2025-01-03")
    #expect(late.value(.rhiWithin72h, "2024-25-Q3")?.flags == [])
  }
}

@Suite struct PoliceMissingTests {
  /// Q3 2024-25: A (matched to child 7, then unmatched), C (also child 7), B (never matched),
  /// D (another LA's child). E reported 30 September is in Q2.
  /// Q3: 5 occurrences; children 7 (A and C), B, D = 3; 3 ÷ 3 months = 1.0 a month.
  /// 2024-25: 6 occurrences, 4 children (E too), 4 ÷ 12 = 0.3 a month.
  static let police = [
    occurrence("A", 7, "2024-10-02 14:00"), occurrence("A", nil, "2024-11-02"), occurrence("C", 7, "2024-12-31 23:59"),
    occurrence("B", nil, "2024-10-15"), occurrence("D", nil, "2024-11-20", homeLA: 333),
    occurrence("E", nil, "2024-09-30"),
  ]

  @Test func childrenAreTheLAChildIDElseThePersonRef() {
    let v = compute([], police: Self.police, ["2024-25-Q3", "2024-25"], policeFrom: "2024-04-01")
    #expect(v.value(.policeMissingReports, "2024-25-Q3")?.figure == .count(5))
    #expect(v.value(.policeMissingChildren, "2024-25-Q3")?.figure == .count(3))
    #expect(v.value(.policeMissingChildrenMonthly, "2024-25-Q3")?.figure == mean(3, 3))
    #expect(v.value(.policeMissingReports, "2024-25")?.figure == .count(6))
    #expect(v.value(.policeMissingChildren, "2024-25")?.figure == .count(4))
    #expect(v.value(.policeMissingChildrenMonthly, "2024-25")?.figure == mean(4, 12))
  }

  @Test func eachSourceHasItsOwnCoverage() {
    let v = MissingIndicators.compute(
      [], coverage: nil, police: Self.police, policeCoverage: covered("2024-04-01", "2025-06-30"),
      periods: [.quarter(2024, 3)])
    #expect(v.value(.missingEpisodes, "2024-25-Q3")?.flags == [.noData])
    #expect(v.value(.policeMissingReports, "2024-25-Q3")?.figure == .count(5))
    let noPolice = compute([episode(1, "2024-10-01")], ["2024-25-Q3"])
    #expect(noPolice.value(.policeMissingChildren, "2024-25-Q3")?.flags == [.noData])
  }

  @Test func theMonthlyMeanIsSuppressedByItsChildrenNotItsMonths() {
    // 3 children in a quarter: suppressed; 6 children ÷ 3 months: shown although 3 is small.
    let few = Suppression.apply(compute([], police: Self.police, ["2024-25-Q3"], policeFrom: "2024-04-01"))
    #expect(few.value(.policeMissingChildrenMonthly, "2024-25-Q3")?.flags.contains(.suppressed) == true)
    let six = (1...6).map { occurrence("P\($0)", nil, "2024-10-0\($0)") }
    let many = Suppression.apply(compute([], police: six, ["2024-25-Q3"], policeFrom: "2024-04-01"))
    #expect(many.value(.policeMissingChildrenMonthly, "2024-25-Q3")?.figure == mean(6, 3))
    #expect(many.value(.policeMissingChildrenMonthly, "2024-25-Q3")?.flags == [])
  }
}
