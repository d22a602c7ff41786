import SafeguardCore
import Testing

@testable import Reconcile

/// The counting rules of `specs/reconciliation.md` "What it reports", worked by hand.
@Suite struct CountingRuleTests {
  typealias R = MissingRecords

  @Test func recordsCountInTheMonthTheirStartFallsInAndAPairInItsEarlierStart() {
    let police = [
      // Pair across midnight 31 Oct / 1 Nov: counted in October on both sides.
      R.occurrence("O1", child: 1, "2024-10-31 23:00", "2024-11-01 02:00"),
      // Unmatched, 15 November.
      R.occurrence("O2", child: 2, "2024-11-15 10:00", "2024-11-15 11:00"),
    ]
    let episodes = [
      R.episode(child: 1, "2024-11-01 01:00", "2024-11-01 03:00", line: 2),
      // Unmatched, 3 December.
      R.episode(child: 3, "2024-12-03 10:00", "2024-12-03 11:00", line: 3),
    ]
    let r = R.run(police, episodes)
    #expect(r.months.map(\.period.label) == ["2024-10", "2024-11", "2024-12"])
    let oct = r.month("2024-10")!
    let nov = r.month("2024-11")!
    let dec = r.month("2024-12")!
    #expect((oct.policeOccurrences, oct.cscEpisodes, oct.matched, oct.childrenInBoth) == (1, 1, 1, 1))
    #expect((nov.policeOccurrences, nov.cscEpisodes, nov.policeOnly, nov.cscOnly) == (1, 0, 1, 0))
    #expect((dec.policeOccurrences, dec.cscEpisodes, dec.policeOnly, dec.cscOnly) == (0, 1, 0, 1))
    // Period: 2 occurrences, 2 episodes, 1 pair; match rate 1 ÷ 2 from each side.
    let t = r.total.counts
    #expect((t.policeOccurrences, t.cscEpisodes, t.matched, t.policeOnly, t.cscOnly) == (2, 2, 1, 1, 1))
  }

  @Test func aPairWhoseEpisodeStartedBeforeThePeriodBelongsToTheEarlierMonth() {
    // Episode 30 Sep 22:00, occurrence 1 Oct 00:30: a September pair, so Q3 counts neither.
    let police = [R.occurrence("O1", child: 1, "2024-10-01 00:30", "2024-10-01 06:00")]
    let episodes = [R.episode(child: 1, "2024-09-30 22:00", "2024-10-01 05:00")]
    let q3 = R.run(police, episodes).total.counts
    #expect((q3.policeOccurrences, q3.cscEpisodes, q3.matched, q3.policeOnly) == (0, 0, 0, 0))
    let sep = R.run(police, episodes, period: .month(2024, 9)).total.counts
    #expect((sep.policeOccurrences, sep.cscEpisodes, sep.matched) == (1, 1, 1))
  }

  @Test func anAmbiguousOccurrenceCountsInPoliceOnlyAndInAmbiguous() {
    let police = [
      R.occurrence("O1", dob: "2010-05-01", "2024-10-10 08:00", "2024-10-10 20:00"),
      R.occurrence("O2", child: 9, "2024-10-20 08:00", "2024-10-20 20:00"),
    ]
    let episodes = [
      R.episode(child: 1, dob: "2010-05-01", "2024-10-10 09:00", "2024-10-10 18:00", line: 2),
      R.episode(child: 2, dob: "2010-05-01", "2024-10-10 09:00", "2024-10-10 18:00", line: 3),
    ]
    let c = R.run(police, episodes).total.counts
    // police_only 2 = O1 (ambiguous) + O2 (child 9, not known); ambiguous 1.
    #expect((c.policeOccurrences, c.policeOnly, c.ambiguous, c.policeOnlyNotKnownToCSC) == (2, 2, 1, 1))
    #expect(c.policeOnly == c.ambiguous + c.policeOnlyKnownToCSC + c.policeOnlyNotKnownToCSC)
  }

  @Test func anOutOfAreaOccurrenceCountsOnlyInItsOwnColumn() {
    let police = [
      R.occurrence("O1", child: 1, "2024-10-10 08:00", "2024-10-10 20:00", risk: .high, homeLA: 333)
    ]
    let episodes = [R.episode(child: 1, "2024-10-10 09:00", "2024-10-10 18:00")]
    let r = R.run(police, episodes)
    var expected = ReconciliationCounts()
    expected.outOfAreaOccurrences = 1
    expected.cscEpisodes = 1
    expected.cscOnly = 1
    expected.cscChildren = 1
    expected.cscOnlyChildren = 1
    expected.cscOnlyMissing = 1
    expected.cscOnlyLookedAfter = 1
    #expect(r.total.counts == expected)
    #expect(r.exceptions.map(\.reason) == [.noMatchingOccurrence, .outOfArea(homeLA: 333)])
  }

  @Test func policeChildrenAreTheLAChildOrElseThePersonRef() {
    let police = [
      // Person A: two occurrences, no LA Child ID, no date-of-birth match: one child.
      R.occurrence("O1", person: "A", "2024-10-01 08:00", "2024-10-01 09:00"),
      R.occurrence("O2", person: "A", "2024-10-05 08:00", "2024-10-05 09:00"),
      // Person B: one row with LA Child ID 4 (matched), one without: both are child 4.
      R.occurrence("O3", child: 4, person: "B", "2024-10-07 08:00", "2024-10-07 09:00"),
      R.occurrence("O4", person: "B", "2024-11-07 08:00", "2024-11-07 09:00"),
    ]
    let episodes = [
      R.episode(child: 4, "2024-10-07 08:30", "2024-10-07 10:00", line: 2),
      R.episode(child: 7, "2024-10-08 08:30", "2024-10-08 10:00", line: 3),
    ]
    let c = R.run(police, episodes, known: [4]).total.counts
    // Police children {A, 4}; CSC children {4, 7}; in both {4}; police-only {A}; CSC-only {7}.
    #expect(
      (c.policeChildren, c.cscChildren, c.childrenInBoth, c.policeOnlyChildren, c.cscOnlyChildren) == (2, 2, 1, 1, 1))
    // O4 is child 4 through its Person Ref, who is known: O1, O2 not known.
    #expect((c.policeOnlyKnownToCSC, c.policeOnlyNotKnownToCSC) == (1, 2))
  }

  @Test func aMonthPeriodHasNoMonthRows() {
    let r = R.run([R.occurrence("O1", child: 1, "2024-10-10 08:00", nil)], [], period: .month(2024, 10))
    #expect(r.months.isEmpty)
    #expect(r.total.counts.policeOccurrences == 1)
  }

  @Test func theSummaryCarriesThePeriodFigures() {
    let police = [
      R.occurrence("O1", child: 1, "2024-10-10 08:00", "2024-10-10 20:00"),
      R.occurrence("O2", child: 2, "2024-10-11 08:00", "2024-10-11 20:00"),
      R.occurrence("O3", child: 3, "2024-10-12 08:00", "2024-10-12 20:00", homeLA: 333),
    ]
    let episodes = [R.episode(child: 1, "2024-10-10 09:00", "2024-10-10 18:00")]
    let s = R.run(police, episodes).summary
    #expect(s.period == .quarter(2024, 3))
    #expect(
      (s.policeOccurrences, s.cscEpisodes, s.matched, s.policeOnlyNotKnownToCSC, s.ambiguous, s.outOfAreaOccurrences)
        == (2, 1, 1, 1, 0, 1))
  }
}
