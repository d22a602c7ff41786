import SafeguardCore
import Testing

@testable import Aggregate

/// A LADO contact: person, date received, and the coded answers a referral carries.
private func contact(
  _ person: String, _ received: String, _ type: LADOContactType = .referral, referrer: LADOReferrer? = .education,
  sector: LADOSector? = .education, category: LADOCategory? = .physical, threshold: YesNo = .yes,
  meeting: String? = nil, outcome: LADOOutcome? = .ongoing, concluded: String? = nil
) -> LADOContactRecord {
  LADOContactRecord(
    ref: "L-\(person)-\(received)", person: person, received: day(received), type: type, referrer: referrer,
    sector: sector, category: type == .referral ? category : nil, thresholdMet: threshold, meeting: meeting.map(day),
    outcome: outcome, concluded: concluded.map(day), file: 0, line: 2)
}

private func compute(
  _ contacts: [LADOContactRecord], _ labels: [String], from: String = "2023-04-01", to: String = "2025-06-30"
) -> [IndicatorValue] {
  LADOIndicators.compute(contacts, coverage: covered(from, to), periods: labels.map { try! Period.parse($0) })
}

private func percent(_ n: Int, _ d: Int) -> Figure { .ratio(numerator: n, denominator: d, multiplier: 100) }

/// `n` referrals received on successive days from `first`, by distinct adults.
private func referrals(_ n: Int, from first: String) -> [LADOContactRecord] {
  (0..<n).map { contact("P\(first)-\($0)", day(first).adding(days: $0).iso) }
}

extension Array where Element == IndicatorValue {
  fileprivate func row(_ id: IndicatorID, _ breakdown: String, _ period: String) -> IndicatorValue? {
    first { $0.indicator.id == id && $0.breakdown == breakdown && $0.column.label == period }
  }
}

@Suite struct LADOReferralTests {
  @Test func aConsultationIsAContactNotAReferral() {
    // Two referrals (one adult twice) and a consultation about a third adult: 3 contacts,
    // 2 referrals, 1 adult referred, 1 with a meeting, 1 of 2 meeting the threshold.
    let v = compute(
      [
        contact("A", "2024-10-01", meeting: "2024-10-08"), contact("A", "2024-11-01", threshold: .no),
        contact("B", "2024-12-31", .consultation, referrer: .police, threshold: .unknown),
      ], ["2024-25-Q3"])
    #expect(v.value(.ladoContacts, "2024-25-Q3")?.figure == .count(3))
    #expect(v.value(.ladoReferrals, "2024-25-Q3")?.figure == .count(2))
    #expect(v.value(.ladoIndividuals, "2024-25-Q3")?.figure == .count(1))
    #expect(v.value(.ladoMeetings, "2024-25-Q3")?.figure == .count(1))
    #expect(v.value(.ladoThresholdMet, "2024-25-Q3")?.figure == percent(1, 2))
    #expect(v.row(.ladoByReferrer, "Police", "2024-25-Q3")?.figure == .count(0))
    #expect(v.row(.ladoByReferrer, "Education", "2024-25-Q3")?.figure == .count(2))
  }

  @Test func breakdownsListEveryValueInListOrderOverReferrals() {
    // 3 referrals: Police, Police, and one with no readable referrer (in the denominator only).
    let v = compute(
      [
        contact("A", "2024-10-01", referrer: .police, category: .sexual),
        contact("B", "2024-10-02", referrer: .police, category: .neglect),
        contact("C", "2024-10-03", referrer: nil, category: .sexual),
      ], ["2024-25-Q3"])
    let referrer = v.filter { $0.indicator.id == .ladoByReferrer }
    #expect(referrer.map(\.breakdown) == LADOReferrer.allCases.map(\.rawValue))
    #expect(referrer.map(\.numerator) == [2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
    #expect(referrer.allSatisfy { $0.denominator == 3 && $0.flags.isEmpty })
    #expect(v.filter { $0.indicator.id == .ladoBySector }.map(\.breakdown) == LADOSector.allCases.map(\.rawValue))
    let category = v.filter { $0.indicator.id == .ladoByCategory }
    #expect(category.map(\.breakdown) == ["Physical", "Sexual", "Emotional", "Neglect", "Suitability"])
    #expect(category.map(\.figure) == [.count(0), .count(2), .count(0), .count(1), .count(0)])
  }

  @Test func breakdownRowsAreBlankWithoutCoverage() {
    let v = compute([contact("A", "2024-10-05")], ["2024-25-Q3"], from: "2024-10-05")
    let rows = v.filter { $0.indicator.id == .ladoBySector }
    #expect(rows.count == LADOSector.allCases.count)
    #expect(rows.allSatisfy { $0.figure == .none && $0.flags == [.noData] })
  }
}

@Suite struct LADOChangeTests {
  @Test func changeOnTheSamePeriodAYearEarlier() {
    // 178 in 2024-25 against 123 in 2023-24: +55, 55 ÷ 123 = 44.7%.
    let v = compute(referrals(123, from: "2023-04-01") + referrals(178, from: "2024-04-01"), ["2024-25"])
    let change = v.value(.ladoReferralsChange, "2024-25")
    #expect(change?.figure == percent(55, 123))
    #expect(change?.numerator == 55)
    #expect(change?.denominator == 123)
    #expect(change?.flags == [])
  }

  @Test func aQuarterIsComparedWithTheSameQuarterAYearEarlier() {
    // 2024-25 Q3 has 10; 2023-24 Q3 has 4 (Q2 2024-25's 7 is not the comparison): 6 ÷ 4 = 150%.
    let v = compute(
      referrals(4, from: "2023-10-01") + referrals(7, from: "2024-07-01") + referrals(10, from: "2024-12-01"),
      ["2024-25-Q3"])
    #expect(v.value(.ladoReferralsChange, "2024-25-Q3")?.figure == percent(6, 4))
    #expect(Period.quarter(2024, 3).yearEarlier == .quarter(2023, 3))
    #expect(Period.month(2024, 2).yearEarlier == .month(2023, 2))
    #expect(Period.financialYear(2024).yearEarlier == .financialYear(2023))
    #expect(Period.rollingYear(endingYear: 2024, month: 12).yearEarlier == .rollingYear(endingYear: 2023, month: 12))
  }

  @Test func noneAYearEarlierLeavesTheChangeBlankWithItsCount() {
    // Covered, but no referrals in 2023-24: numerator 3, denominator 0, written blank.
    let v = compute(referrals(3, from: "2024-06-01"), ["2024-25"])
    #expect(v.value(.ladoReferralsChange, "2024-25")?.figure == percent(3, 0))
    #expect(v.value(.ladoReferralsChange, "2024-25")?.flags == [])
  }

  @Test func anExtractNotReachingBackAYearLeavesTheChangeBlank() {
    let v = compute(referrals(3, from: "2024-06-01"), ["2024-25"], from: "2024-04-01")
    #expect(v.value(.ladoReferralsChange, "2024-25")?.figure == Figure.none)
    #expect(v.value(.ladoReferralsChange, "2024-25")?.flags == [.partialHistory, .noData])
    #expect(v.value(.ladoReferrals, "2024-25")?.figure == .count(3))
  }

  @Test func aSmallYearOnEitherSideSuppressesTheChangeAndBothParts() {
    // 4 → 10: the earlier year is small. 100 → 3: the current year is small, and 100 with −97
    // would give it away.
    let small = Suppression.apply(
      compute(referrals(4, from: "2023-04-01") + referrals(10, from: "2024-04-01"), ["2024-25"]))
    let up = small.value(.ladoReferralsChange, "2024-25")
    #expect(up?.flags == [.suppressed])
    #expect(up?.numerator == nil && up?.denominator == nil)
    let down = Suppression.apply(
      compute(referrals(100, from: "2023-04-01") + referrals(3, from: "2024-04-01"), ["2024-25"]))
    #expect(down.value(.ladoReferralsChange, "2024-25")?.flags == [.suppressed])
    let big = Suppression.apply(
      compute(referrals(100, from: "2023-04-01") + referrals(103, from: "2024-04-01"), ["2024-25"]))
    #expect(big.value(.ladoReferralsChange, "2024-25")?.flags == [])
  }
}

@Suite struct LADOConclusionTests {
  /// (received, concluded, months, within): the same day of the month n months on is within,
  /// the day after is not; 31 January's month ends on the last day of February.
  static let cases: [(String, String, Int, Bool)] = [
    ("2024-05-15", "2024-06-15", 1, true), ("2024-05-15", "2024-06-16", 1, false),
    ("2024-05-15", "2024-08-15", 3, true), ("2024-05-15", "2024-08-16", 3, false),
    ("2024-01-31", "2024-02-29", 1, true), ("2024-01-31", "2024-03-01", 1, false),
    ("2023-01-31", "2023-02-28", 1, true), ("2023-11-30", "2024-02-29", 3, true),
    ("2023-05-15", "2024-05-15", 12, true), ("2023-05-15", "2024-05-16", 12, false),
  ]

  @Test(arguments: cases)
  func withinMonthsOfReceipt(received: String, concluded: String, months: Int, within: Bool) {
    #expect(LADOIndicators.concluded(day(concluded), received: day(received), within: months) == within)
  }

  @Test func timelinessAndOutcomesOverReferralsConcludedInThePeriod() {
    // Concluded in 2024-25 Q2 (1 July to 30 September 2024):
    // a received 15 June, concluded 15 July (1 month exactly).
    // b received 15 June, concluded 16 July (1 month + 1 day; within 3).
    // c received 15 June, concluded 15 September (3 months exactly).
    // d received 15 June, concluded 16 September (3 months + 1 day; within 12).
    // e received 1 October 2023, concluded 30 September 2024 (within 12).
    // Not counted: f concluded 1 October (Q3); g open; h a consultation with a conclusion date.
    // Concluded: 5. Within 1 month: a = 1 (20.0%); 3 months: a b c = 3 (60.0%); 12: all 5.
    let v = compute(
      [
        contact("A", "2024-06-15", outcome: .substantiated, concluded: "2024-07-15"),
        contact("B", "2024-06-15", outcome: .unfounded, concluded: "2024-07-16"),
        contact("C", "2024-06-15", outcome: .substantiated, concluded: "2024-09-15"),
        contact("D", "2024-06-15", outcome: nil, concluded: "2024-09-16"),
        contact("E", "2023-10-01", outcome: .malicious, concluded: "2024-09-30"),
        contact("F", "2024-06-15", outcome: .falseAllegation, concluded: "2024-10-01"),
        contact("G", "2024-06-15"),
        contact("H", "2024-06-15", .consultation, outcome: .unsubstantiated, concluded: "2024-07-01"),
      ], ["2024-25-Q2"], from: "2023-04-01")
    #expect(v.value(.ladoConcluded1m, "2024-25-Q2")?.figure == percent(1, 5))
    #expect(v.value(.ladoConcluded3m, "2024-25-Q2")?.figure == percent(3, 5))
    #expect(v.value(.ladoConcluded12m, "2024-25-Q2")?.figure == percent(5, 5))
    let outcomes = v.filter { $0.indicator.id == .ladoOutcomes }
    #expect(outcomes.map(\.breakdown) == LADOOutcome.allCases.map(\.rawValue))
    // Substantiated 2, Unsubstantiated 0, Unfounded 1, False 0, Malicious 1, Ongoing 0; D has none.
    #expect(outcomes.map(\.numerator) == [2, 0, 1, 0, 1, 0])
    #expect(outcomes.allSatisfy { $0.denominator == 5 && $0.flags.isEmpty })
  }

  @Test func conclusionsArePartialWhenTheExtractStartsInsideTheYearBefore() {
    // Q3 starts 1 October 2024; an extract from 2 October 2023 misses a referral received on
    // 1 October 2023 and concluded in Q3.
    let v = compute([contact("A", "2024-10-02", concluded: "2024-10-20")], ["2024-25-Q3"], from: "2023-10-02")
    #expect(v.value(.ladoConcluded1m, "2024-25-Q3")?.flags == [.partialHistory])
    #expect(v.row(.ladoOutcomes, "Ongoing", "2024-25-Q3")?.flags == [.partialHistory])
    #expect(v.value(.ladoReferrals, "2024-25-Q3")?.flags == [])
    let full = compute([contact("A", "2024-10-02", concluded: "2024-10-20")], ["2024-25-Q3"], from: "2023-10-01")
    #expect(full.value(.ladoConcluded1m, "2024-25-Q3")?.flags == [])
  }
}
