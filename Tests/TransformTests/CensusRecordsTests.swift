import SafeguardCore
import Testing

@testable import Transform

/// The figures' records derived from the census as read.
@Suite struct CensusRecordsTests {
  static func value<V>(_ text: String?, _ value: V?, line: Int32 = 5) -> CensusValue<V> {
    text == nil ? .absent : CensusValue(text: text, value: value, line: line)
  }

  @Test func aChildWithoutAnIDIsLeftOutWithItsEpisodes() {
    var census = CensusReturn(file: "cin.xml")
    var kept = CensusChild(line: 3)
    kept.index = 7
    kept.episodes = [CensusEpisode(line: 4)]
    var dropped = CensusChild(line: 10)
    dropped.episodes = [CensusEpisode(line: 11), CensusEpisode(line: 12)]
    census.children = [dropped, kept]
    let file = CensusRecords.file(from: census)
    #expect(file.children.map(\.child) == [7])
    #expect(file.episodes.map(\.line) == [4])
    #expect(file.episodes.map(\.child) == [7])
  }

  @Test(
    arguments: [
      // GenderCurrent on line 5, Sex on line 6: the later one wins, blank or not.
      ("1", "F", Sex.female), ("2", "", nil), ("9", nil, Sex.unknown), (nil, "M", Sex.male), ("", "U", Sex.unknown),
    ] as [(String?, String?, Sex?)])
  func sexComesFromTheLaterElement(gender: String?, sex: String?, expected: Sex?) {
    var c = CensusChild(line: 1)
    c.genderCurrent = Self.value(gender, gender.flatMap { $0.isEmpty ? nil : $0 }, line: 5)
    c.sex = Self.value(sex, sex.flatMap { $0.isEmpty ? nil : $0 }, line: 6)
    #expect(CensusRecords.details(c, index: 0).sex == expected)
  }

  @Test func blankAndUnreadableValuesAreNil() {
    var e = CensusEpisode(line: 2)
    e.referralDate = Self.value("2024-13-01", nil)
    e.referralNFA = Self.value("maybe", nil)
    var a = CensusAssessment(line: 3)
    a.factors = [Self.value("1A", "1A"), Self.value("", nil), Self.value("2B", "2B")]
    e.assessments = [a]
    var p = CensusProtectionPlan(line: 4)
    p.reviews = [Self.value("2024-09-01", Day(iso: "2024-09-01")), Self.value("2024-06-01", Day(iso: "2024-06-01"))]
    e.plans = [p]
    let out = CensusRecords.episode(e, child: 1)
    #expect(out.referralDate == nil)
    #expect(out.nfa == .unknown)
    #expect(out.assessments[0].factors == ["1A", "2B"])
    #expect(out.plans[0].reviews == [Day(iso: "2024-06-01")!, Day(iso: "2024-09-01")!])
  }
}

/// Referrals from the census, when no Annex A list 3 was given.
@Suite struct CensusFrontDoorTests {
  // The re-referral rule itself is ReferralDefinitions.isRereferral, tested at its edges in
  // SafeguardCoreTests; here, that the census's episodes are counted with it.
  @Test func referralsRereferralsAndNFAAreCountedOnTheCoveredDays() {
    func episode(_ child: Int32, _ date: String, _ nfa: YesNo) -> CINEpisode {
      var e = CINEpisode(child: child, line: 1)
      e.referralDate = Day(iso: date)
      e.nfa = nfa
      return e
    }
    // Child 0: referred 2024-03-10 (before the year: looked back to, not counted) and 2024-06-01
    // (a re-referral); child 1: 2024-07-01, NFA unknown; child 2: 2024-08-01, NFA yes.
    let episodes = [
      episode(0, "2024-06-01", .no), episode(1, "2024-07-01", .unknown), episode(0, "2024-03-10", .yes),
      episode(2, "2024-08-01", .yes),
    ]
    let year = Period.financialYear(2024)
    let r = CensusFrontDoor.referrals(from: episodes, coverage: year.start...year.end)
    #expect(r.all.count(in: year) == 3)
    #expect(r.rereferrals.count(in: year) == 1)
    #expect(r.nfaKnown.count(in: year) == 2)
    #expect(r.nfaYes.count(in: year) == 1)
  }
}
