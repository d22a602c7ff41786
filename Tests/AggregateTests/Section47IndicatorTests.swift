import SafeguardCore
import Testing

@testable import Aggregate

private func compute(
  _ b: EpisodeBuilder, _ labels: [String], from: String = "2023-04-01", to: String = "2025-06-30"
)
  -> [IndicatorValue]
{
  Section47Indicators.compute(
    b.episodes, coverage: covered(from, to), periods: labels.map { try! Period.parse($0) }, la: LACode("332"))
}

private func ratio(_ n: Int, _ d: Int) -> Figure { .ratio(numerator: n, denominator: d, multiplier: 100) }

@Suite struct ConferenceTimelinessTests {
  /// (enquiry start, conference, working days, within 15). By hand from the bank-holiday list:
  /// - From Monday 2 September 2024, three whole weeks: the 15th working day is Monday 23
  ///   September, the 16th Tuesday 24 September.
  /// - From Wednesday 18 December 2024: 19, 20, 23, 24 Dec (4), Christmas and Boxing Day off,
  ///   27, 30, 31 Dec (7), New Year's Day off, 2, 3 Jan (9), 6–10 Jan (14), Monday 13 January
  ///   is the 15th and Tuesday 14 January the 16th.
  static let cases: [(String, String, Int, Bool)] = [
    ("2024-09-02", "2024-09-23", 15, true), ("2024-09-02", "2024-09-24", 16, false),
    ("2024-12-18", "2025-01-13", 15, true), ("2024-12-18", "2025-01-14", 16, false),
  ]

  @Test(arguments: cases)
  func fifteenthAndSixteenthWorkingDay(start: String, conference: String, days: Int, within: Bool) {
    #expect(WorkingDayCalendar.england.workingDays(from: day(start), to: day(conference)) == days)
    var b = EpisodeBuilder()
    b.episode("C1", referral: start, section47s: [enquiry(start, icpc: conference)])
    let v = compute(b, ["2024-25"])
    #expect(v.value(.icpc15wd, "2024-25")?.figure == ratio(within ? 1 : 0, 1))
  }

  @Test func theLatestEnquiryLeadingToAConferenceIsTheLinkedOne() {
    // Two enquiries of one episode name the same conference (Monday 30 September 2024): one
    // conference. Timed from the later start, Monday 9 September: 15 working days (from 2
    // September it would be 20).
    var b = EpisodeBuilder()
    b.episode(
      "C1", referral: "2024-09-01",
      section47s: [enquiry("2024-09-02", icpc: "2024-09-30"), enquiry("2024-09-09", icpc: "2024-09-30")])
    let v = compute(b, ["2024-25"])
    #expect(v.value(.icpc, "2024-25")?.figure == .count(1))
    #expect(v.value(.icpc15wd, "2024-25")?.figure == ratio(1, 1))
    #expect(v.value(.s47Started, "2024-25")?.figure == .count(2))
  }
}

@Suite struct Section47CountTests {
  /// A: an enquiry that led to a conference and one that did not; B: a conference date with
  /// "not required" set; C: an enquiry on 31 March 2025 whose conference is on 10 April; D: an
  /// enquiry on 1 April 2025; E: a conference on an enquiry without a start date.
  static func sample() -> EpisodeBuilder {
    var b = EpisodeBuilder()
    b.episode(
      "A", referral: "2024-04-20",
      section47s: [enquiry("2024-05-01", icpc: "2024-05-20"), enquiry("2024-11-01", notRequired: .yes)])
    b.episode("B", referral: "2024-06-01", section47s: [enquiry("2024-06-03", icpc: "2024-06-20", notRequired: .yes)])
    b.episode("C", referral: "2025-03-30", section47s: [enquiry("2025-03-31", icpc: "2025-04-10")])
    b.episode("D", referral: "2025-03-30", section47s: [enquiry("2025-04-01")])
    b.episode("E", referral: "2024-07-20", section47s: [enquiry(nil, icpc: "2024-08-01")])
    return b
  }

  @Test func enquiriesAndChildren() {
    let v = compute(Self.sample(), ["2024-25", "2025-26-Q1"])
    #expect(v.value(.s47Started, "2024-25")?.figure == .count(4))
    #expect(v.value(.s47Children, "2024-25")?.figure == .count(3))
    #expect(v.value(.s47Started, "2025-26-Q1")?.figure == .count(1))
    // A's first and C's led to a conference; A's second had none, B's was marked not required.
    #expect(v.value(.s47ToIcpc, "2024-25")?.figure == ratio(2, 4))
  }

  @Test func conferencesHeldInPeriod() {
    let v = compute(Self.sample(), ["2024-25", "2025-26-Q1"])
    // A (20 May), B (20 June: the date is the record), E (1 August); C's falls in 2025-26.
    #expect(v.value(.icpc, "2024-25")?.figure == .count(3))
    #expect(v.value(.icpc, "2025-26-Q1")?.figure == .count(1))
    // A: Wed 1 May → Mon 20 May 2024 is 12 working days (Mon 6 May a bank holiday); B: Mon 3 June →
    // Thu 20 June is 13; E has no enquiry start and is left out.
    #expect(v.value(.icpc15wd, "2024-25")?.figure == ratio(2, 2))
  }

  @Test func episodeAndEnquiryDatesAreOneConferenceAndTransfersInHaveNoEnquiry() {
    var b = EpisodeBuilder()
    // T: the census repeats the enquiry's conference date on the episode; a plan starts that day.
    b.episode(
      "T", referral: "2024-09-01", icpc: "2024-09-23", section47s: [enquiry("2024-09-02", icpc: "2024-09-23")],
      plans: [plan("2024-09-23")])
    // U: a transfer-in conference (episode only); the plan starts the day after.
    b.episode("U", referral: "2024-10-01", icpc: "2024-10-15", plans: [plan("2024-10-16")])
    // V: a conference recorded before its enquiry started.
    b.episode("V", referral: "2024-11-01", section47s: [enquiry("2024-11-20", icpc: "2024-11-18")])
    let v = compute(b, ["2024-25"])
    #expect(v.value(.icpc, "2024-25")?.figure == .count(3))
    #expect(v.value(.icpc15wd, "2024-25")?.figure == ratio(1, 1))
    #expect(v.value(.icpcToCpp, "2024-25")?.figure == ratio(1, 3))
  }

  @Test func ratesForTheRollingYear() {
    let v = compute(Self.sample(), ["2024-25", "2025-26-Q1"])
    #expect(v.value(.s47Rate, "2024-25")?.figure == .ratio(numerator: 4, denominator: 71124, multiplier: 10_000))
    #expect(v.value(.icpcRate, "2024-25")?.figure == .ratio(numerator: 3, denominator: 71124, multiplier: 10_000))
    // 2025-26-Q1 → the twelve months to 30 June 2025, whose mid-2025 estimate is not published:
    // the mid-2024 one stands in, provisional. Enquiries from 1 July 2024: A's second (1 November),
    // C and D; conferences: E and C.
    let q1 = v.value(.s47Rate, "2025-26-Q1")!
    #expect(q1.period.label == "R12-2025-06")
    #expect(q1.figure == .ratio(numerator: 3, denominator: 71124, multiplier: 10_000))
    #expect(q1.flags == [.provisional])
    #expect(v.value(.icpcRate, "2025-26-Q1")?.numerator == 2)
  }

  @Test func coverageFlags() {
    let episodes = Self.sample().episodes
    let late = Section47Indicators.compute(
      episodes, coverage: covered("2024-04-02", "2025-03-31"), periods: periods("2024-25"), la: nil)
    #expect(late.allSatisfy { $0.flags == [.noData] && $0.figure == .none })
    let short = Section47Indicators.compute(
      episodes, coverage: covered("2024-04-01", "2025-03-30"), periods: periods("2024-25"), la: LACode("332"))
    #expect(short.allSatisfy { $0.flags == [.provisional] })
    #expect(short.map(\.indicator.id) == Section47Indicators.ids)
  }
}
