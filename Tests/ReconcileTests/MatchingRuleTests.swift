import SafeguardCore
import Testing

@testable import Reconcile

/// One hand-worked case per matching rule of `specs/reconciliation.md`, over 2024-25-Q3.
@Suite struct MatchingRuleTests {
  typealias R = MissingRecords

  @Test func policeRefMatchesWhateverTheChildAndDatesAndWinsOverACloserEpisode() {
    // O1 (child 1, 5 Oct) overlaps child 1's 5 Oct episode, but child 2's 20 Nov episode gives
    // POLICE_REF O1: rule 3 pairs O1 with it, so the 5 Oct episode is left CSC-only.
    let police = [R.occurrence("O1", child: 1, "2024-10-05 10:00", "2024-10-05 20:00")]
    let episodes = [
      R.episode(child: 1, "2024-10-05 11:00", "2024-10-05 19:00", line: 2),
      R.episode(child: 2, "2024-11-20 09:00", "2024-11-20 12:00", policeRef: "O1", line: 3),
    ]
    let t = R.run(police, episodes).total.counts
    #expect((t.matched, t.policeOnly, t.cscOnly) == (1, 0, 1))
    #expect(R.run(police, episodes).exceptions.map(\.line) == [2])
  }

  @Test func laChildIDWithOverlappingIntervalsMatchesStartsThreeDaysApart() {
    // Starts 10 and 13 Oct are 3 days apart (more than the tolerance of 1) but the intervals
    // overlap (10 Oct 18:00 to 15 Oct 09:00 contains 13 Oct 08:00).
    let police = [R.occurrence("O1", child: 1, "2024-10-10 18:00", "2024-10-15 09:00")]
    let overlapping = [R.episode(child: 1, "2024-10-13 08:00", "2024-10-14 08:00")]
    #expect(R.run(police, overlapping).total.counts.matched == 1)
    // Ends before 13 Oct: neither overlap nor starts within a day.
    let apart = [R.occurrence("O1", child: 1, "2024-10-10 18:00", "2024-10-11 09:00")]
    #expect(R.run(apart, overlapping).total.counts.matched == 0)
    // Another child's overlapping episode is not the same child.
    #expect(R.run(police, [R.episode(child: 2, "2024-10-13 08:00", "2024-10-14 08:00")]).total.counts.matched == 0)
  }

  @Test func dateOfBirthMatchesWhenExactlyOneChildFits() {
    // Three children born 1 May 2010: child 2 is male (the occurrence says F), child 3's episode
    // is in August (not within the window); only child 1 fits.
    let police = [R.occurrence("O1", dob: "2010-05-01", sex: .female, "2024-10-10 08:00", "2024-10-10 20:00")]
    let episodes = [
      R.episode(child: 1, dob: "2010-05-01", sex: .female, "2024-10-10 09:00", "2024-10-10 18:00", line: 2),
      R.episode(child: 2, dob: "2010-05-01", sex: .male, "2024-10-10 09:00", "2024-10-10 18:00", line: 3),
      R.episode(child: 3, dob: "2010-05-01", sex: .female, "2024-08-01 09:00", "2024-08-01 18:00", line: 4),
    ]
    let r = R.run(police, episodes)
    #expect((r.total.counts.matched, r.total.counts.ambiguous, r.total.counts.cscOnly) == (1, 0, 1))
    #expect(r.exceptions.map(\.child) == [2])
  }

  @Test func theReferenceAndDateOfBirthRulesCanBeSwitchedOff() {
    // O1 is named by child 2's POLICE_REF; O2 has no LA Child ID but child 1's date of birth.
    let police = [
      R.occurrence("O1", child: 3, "2024-10-05 10:00", "2024-10-05 20:00"),
      R.occurrence("O2", dob: "2010-05-01", "2024-10-10 08:00", "2024-10-10 20:00"),
    ]
    let episodes = [
      R.episode(child: 1, dob: "2010-05-01", "2024-10-10 09:00", "2024-10-10 18:00", line: 2),
      R.episode(child: 2, "2024-11-20 09:00", "2024-11-20 12:00", policeRef: "O1", line: 3),
    ]
    var settings = R.settings()
    #expect(R.run(police, episodes, settings: settings).total.counts.matched == 2)
    settings.matchPoliceRef = false
    #expect(R.run(police, episodes, settings: settings).total.counts.matched == 1)
    settings.matchDateOfBirth = false
    let none = R.run(police, episodes, settings: settings).total.counts
    #expect((none.matched, none.policeOnly, none.cscOnly, none.ambiguous) == (0, 2, 2, 0))
  }

  @Test func dateOfBirthFittingTwoChildrenIsAmbiguousAndNeverGuessed() {
    // No sex on the occurrence, so both children born 1 May 2010 with an overlapping episode fit.
    let police = [R.occurrence("O1", dob: "2010-05-01", "2024-10-10 08:00", "2024-10-10 20:00")]
    let episodes = [
      R.episode(child: 1, dob: "2010-05-01", sex: .female, "2024-10-10 09:00", "2024-10-10 18:00", line: 2),
      R.episode(child: 2, dob: "2010-05-01", sex: .male, "2024-10-10 09:00", "2024-10-10 18:00", line: 3),
    ]
    let r = R.run(police, episodes)
    let c = r.total.counts
    // Unmatched, so police_only 1 and also ambiguous 1; neither episode is matched.
    #expect((c.matched, c.policeOnly, c.ambiguous, c.cscOnly) == (0, 1, 1, 2))
    #expect((c.policeOnlyKnownToCSC, c.policeOnlyNotKnownToCSC) == (0, 0))
    #expect(r.exceptions.last?.reason == .ambiguous(candidates: 2))
  }

  @Test func policeOnlySaysWhetherTheChildIsKnownToSocialCare() {
    // Child 5 is known (in the set passed), child 6 is not, O3 has no LA ID and no DOB match.
    let police = [
      R.occurrence("O1", child: 5, "2024-10-10 08:00", "2024-10-10 20:00", risk: .high),
      R.occurrence("O2", child: 6, "2024-10-11 08:00", "2024-10-11 20:00", risk: .low),
      R.occurrence("O3", dob: "2009-01-01", "2024-10-12 08:00", "2024-10-12 20:00", risk: nil),
    ]
    let r = R.run(police, [], known: [5])
    let c = r.total.counts
    #expect((c.policeOnly, c.policeOnlyKnownToCSC, c.policeOnlyNotKnownToCSC) == (3, 1, 2))
    #expect(
      (c.policeOnlyHighRisk, c.policeOnlyLowRisk, c.policeOnlyRiskUnknown, c.policeOnlyMediumRisk) == (1, 1, 1, 0))
    #expect(r.exceptions.map(\.reason) == [.noMatchingEpisode, .childNotKnownToCSC, .childNotKnownToCSC])
  }

  @Test func anAwayEpisodeNeverReportedIsCSCOnly() {
    let episodes = [R.episode(child: 1, "2024-11-02 21:00", "2024-11-03 07:00", category: .away, lookedAfter: .yes)]
    let c = R.run([], episodes).total.counts
    #expect((c.cscEpisodes, c.cscOnly, c.cscOnlyAway, c.cscOnlyMissing, c.cscOnlyLookedAfter) == (1, 1, 1, 0, 1))
    #expect(c.cscChildren == 1 && c.cscOnlyChildren == 1 && c.childrenInBoth == 0)
  }

  @Test func anIntervalCrossingMidnightOverlapsWithoutTheTolerance() {
    // Tolerance 0 and start days 31 Oct vs 1 Nov: only the overlap (23:00 to 02:00 contains 01:00) pairs them.
    let police = [R.occurrence("O1", child: 1, "2024-10-31 23:00", "2024-11-01 02:00")]
    let episodes = [R.episode(child: 1, "2024-11-01 01:00", "2024-11-01 03:00")]
    #expect(R.run(police, episodes, settings: R.settings(tolerance: 0)).total.counts.matched == 1)
    let before = [R.occurrence("O1", child: 1, "2024-10-31 23:00", "2024-11-01 00:30")]
    #expect(R.run(before, episodes, settings: R.settings(tolerance: 0)).total.counts.matched == 0)
  }

  @Test func aDateOnlyEndRunsToTheEndOfThatDay() {
    // Found "10 Oct" with no time reads as 23:59, so it overlaps an episode starting at 22:00.
    let police = [R.occurrence("O1", child: 1, "2024-10-09 08:00", "2024-10-10")]
    let episodes = [R.episode(child: 1, "2024-10-10 22:00", "2024-10-11 06:00")]
    #expect(R.run(police, episodes, settings: R.settings(tolerance: 0)).total.counts.matched == 1)
  }

  @Test(arguments: [(1, 1), (0, 0)])
  func startsOneDayApartMatchOnlyWithinTheTolerance(tolerance: Int, matched: Int) {
    // 10 Oct 23:00–23:30 and 11 Oct 00:30–01:00 do not overlap; the start days are 1 apart.
    let police = [R.occurrence("O1", child: 1, "2024-10-10 23:00", "2024-10-10 23:30")]
    let episodes = [R.episode(child: 1, "2024-10-11 00:30", "2024-10-11 01:00")]
    #expect(R.run(police, episodes, settings: R.settings(tolerance: tolerance)).total.counts.matched == matched)
  }

  @Test func startsTwoDaysApartDoNotMatchWithToleranceOne() {
    let police = [R.occurrence("O1", child: 1, "2024-10-10 23:00", "2024-10-10 23:30")]
    let episodes = [R.episode(child: 1, "2024-10-12 00:00", "2024-10-12 01:00")]
    #expect(R.run(police, episodes).total.counts.matched == 0)
  }

  @Test func anOpenIntervalRunsToTheExtractEnd() {
    // Reported 20 Dec and never found: runs to 31 Dec 23:59, so overlaps an episode of 28 Dec
    // (8 days later, beyond the tolerance); with the extract ending 25 Dec it does not.
    let police = [R.occurrence("O1", child: 1, "2024-12-20 10:00", nil)]
    let episodes = [R.episode(child: 1, "2024-12-28 09:00", "2024-12-28 18:00")]
    #expect(R.run(police, episodes).total.counts.matched == 1)
    #expect(R.run(police, episodes, settings: R.settings(extractEnd: "2024-12-25")).total.counts.matched == 0)
    // An episode open since 1 Oct overlaps an occurrence on 30 Dec.
    let open = [R.episode(child: 1, "2024-10-01 10:00", nil)]
    let late = [R.occurrence("O2", child: 1, "2024-12-30 10:00", "2024-12-30 12:00")]
    #expect(R.run(late, open).total.counts.matched == 1)
  }

  @Test func anOccurrenceOverlappingTwoEpisodesTakesTheClosestStart() {
    // Occurrence 10 Oct 08:00 to 14 Oct; episodes start 12 h before (9 Oct 20:00) and 1 h after (09:00).
    let police = [R.occurrence("O1", child: 1, "2024-10-10 08:00", "2024-10-14 08:00")]
    let episodes = [
      R.episode(child: 1, "2024-10-09 20:00", "2024-10-10 12:00", line: 2),
      R.episode(child: 1, "2024-10-10 09:00", "2024-10-11 08:00", line: 3),
    ]
    let r = R.run(police, episodes)
    #expect((r.total.counts.matched, r.total.counts.cscOnly) == (1, 1))
    #expect(r.exceptions.map(\.line) == [2])
  }

  @Test func equallyCloseStartsGoToTheEarliest() {
    // Episodes at 07:00 and 09:00 are both 60 minutes from 08:00: the earlier (line 3) is taken.
    let police = [R.occurrence("O1", child: 1, "2024-10-10 08:00", "2024-10-14 08:00")]
    let episodes = [
      R.episode(child: 1, "2024-10-10 09:00", "2024-10-11 08:00", line: 2),
      R.episode(child: 1, "2024-10-10 07:00", "2024-10-10 12:00", line: 3),
    ]
    #expect(R.run(police, episodes).exceptions.map(\.line) == [2])
    #expect(R.run(police, episodes.reversed()).exceptions.map(\.line) == [2])
  }

  @Test func ofTwoIdenticalEpisodesTheFirstInFileOrderIsPairedWhateverTheRowOrder() {
    let police = [R.occurrence("O1", child: 1, "2024-10-10 08:00", "2024-10-10 20:00")]
    let episodes = [
      R.episode(child: 1, "2024-10-10 09:00", "2024-10-10 18:00", line: 2),
      R.episode(child: 1, "2024-10-10 09:00", "2024-10-10 18:00", line: 3),
    ]
    #expect(R.run(police, episodes).exceptions.map(\.line) == [3])
    #expect(R.run(police, episodes.reversed()).exceptions.map(\.line) == [3])
  }

  @Test func outOfAreaOccurrencesAreNeverMatched() {
    // Home LA 333 is another authority; 332 (the LA's own) and blank are in area.
    let episodes = [R.episode(child: 1, "2024-10-10 09:00", "2024-10-10 18:00")]
    for (home, matched) in [(Int16(333), 0), (332, 1)] {
      let police = [R.occurrence("O1", child: 1, "2024-10-10 08:00", "2024-10-10 20:00", homeLA: home)]
      #expect(R.run(police, episodes).total.counts.matched == matched, "Home LA \(home)")
    }
    let blank = [R.occurrence("O1", child: 1, "2024-10-10 08:00", "2024-10-10 20:00")]
    #expect(R.run(blank, episodes).total.counts.matched == 1)
  }
}
