import PropertyBased
import SafeguardCore
import Testing

@testable import Aggregate
@testable import Transform

/// Contacts and referrals by source, age, sex and ethnicity, and the front-door percentages by
/// source, worked by hand.
@Suite struct FrontDoorBreakdownTests {
  /// Details for records in order: (source, sex, ethnicity, date of birth).
  static func details(
    _ rows: [(String?, String?, String?, String?)], carries: Set<BreakdownDimension>
  )
    -> FrontDoorDetails
  {
    var d = FrontDoorDetails()
    for (source, sex, ethnicity, birth) in rows {
      d.source.append(source)
      d.sex.append(sex)
      d.ethnicity.append(ethnicity)
      d.appendBirthDate(birth.flatMap { Day(iso: $0) })
    }
    d.carries = carries
    return d
  }

  static func rows(_ v: [IndicatorValue], _ id: IndicatorID, _ dimension: String) -> [String: (Int?, Int?)] {
    Dictionary(
      uniqueKeysWithValues: v.filter {
        $0.indicator.id == id && $0.column.label == "2024-25-Q3" && $0.breakdown.hasPrefix(dimension + "=")
      }.map { ($0.breakdown, ($0.numerator, $0.denominator)) })
  }

  /// A: police (6) referral on 1 October, then a school (2A) one on 5 November, a re-referral;
  /// the same 5 November referral in a second file says 6, and is counted once, as the first
  /// file's. B: a health (3A) referral, NFA, turning 16 on the day; C: blank source and sex.
  static func sample() -> [IndicatorValue] {
    var b = SetBuilder()
    b.referrals(
      [("A", "2024-10-01", .no), ("A", "2024-11-05", .no), ("B", "2024-11-20", .yes), ("C", "2024-12-01", .unknown)],
      from: "2023-04-01", to: "2024-12-31", file: "one.csv")
    b.referrals([("A", "2024-11-05", .no)], from: "2024-11-01", to: "2024-11-30", file: "two.csv")
    b.set.referralDetails = details(
      [
        ("6", "F", "WBRI", "2010-01-01"), ("2A", "F", "WBRI", "2010-01-01"), ("3A", "M", "BAFR", "2008-11-20"),
        (nil, nil, "REFU", nil), ("6", "F", "WBRI", "2010-01-01"),
      ], carries: [.source, .age, .sex, .ethnicity])
    let order = ReferralOrder(b.set.referrals, details: b.set.referralDetails)
    let t = FrontDoorTransform.timeline(from: b.set, order: order).0
    return FrontDoorIndicators.compute(t, periods: [try! Period.parse("2024-25-Q3")], la: nil)
  }

  @Test func referralsByEachDimensionCountTheReferralKeptOnce() {
    let v = Self.sample()
    #expect(v.value(.referrals, "2024-25-Q3")?.figure == .count(4))
    let source = Self.rows(v, .referrals, "source")
    #expect(source.count == BreakdownGroups.Source.groups.count)
    #expect(source["source=6"]! == (1, 4) && source["source=2A"]! == (1, 4) && source["source=3A"]! == (1, 4))
    #expect(source["source=unknown"]! == (1, 4) && source["source=1A"]! == (0, 4))
    let age = Self.rows(v, .referrals, "age")
    #expect(age["age=10-15"]!.0 == 2 && age["age=16-plus"]!.0 == 1 && age["age=unknown"]!.0 == 1)
    let sex = Self.rows(v, .referrals, "sex")
    #expect(sex["sex=F"]!.0 == 2 && sex["sex=M"]!.0 == 1 && sex["sex=U"]!.0 == 1)
    let ethnicity = Self.rows(v, .referrals, "ethnicity")
    #expect(ethnicity["ethnicity=white"]!.0 == 2 && ethnicity["ethnicity=black"]!.0 == 1)
    #expect(ethnicity["ethnicity=unknown"]!.0 == 1)
  }

  @Test func percentagesBySourceAreTakenWithinTheGroup() {
    let v = Self.sample()
    let re = Self.rows(v, .rereferrals12m, "source")
    #expect(re["source=2A"]! == (1, 1) && re["source=6"]! == (0, 1))
    let nfa = Self.rows(v, .referralsNfa, "source")
    // C's blank answer leaves it out of the NFA denominator, as in the total.
    #expect(nfa["source=3A"]! == (1, 1) && nfa["source=unknown"]! == (0, 0))
    #expect(Self.rows(v, .referralsNfa, "age").isEmpty)
  }

  @Test func contactsBySourceAgeAndSexButNotEthnicity() {
    var b = SetBuilder()
    b.contacts([("A", "2024-10-01"), ("A", "2024-10-01"), ("B", "2024-10-02")], from: "2024-04-01", to: "2024-12-31")
    b.set.contactDetails = Self.details(
      [("8", "M", nil, "2024-03-01"), ("6", "M", nil, "2024-03-01"), ("8", "F", nil, nil)],
      carries: [.source, .age, .sex])
    let t = FrontDoorTransform.timeline(from: b.set).0
    let v = FrontDoorIndicators.compute(t, periods: [try! Period.parse("2024-25-Q3")], la: nil)
    #expect(v.value(.contacts, "2024-25-Q3")?.figure == .count(3))
    let source = Self.rows(v, .contacts, "source")
    #expect(source["source=8"]! == (2, 3) && source["source=6"]! == (1, 3))
    #expect(Self.rows(v, .contacts, "age")["age=under-1"]! == (2, 3))
    #expect(Self.rows(v, .contacts, "ethnicity").isEmpty)
  }

  @Test func aDimensionTheExtractLacksGivesNoRows() {
    var b = SetBuilder()
    b.referrals([("A", "2024-10-01", .no)], from: "2024-04-01", to: "2024-12-31")
    b.set.referralDetails = Self.details([("6", nil, nil, nil)], carries: [.source])
    let t = FrontDoorTransform.timeline(from: b.set).0
    let v = FrontDoorIndicators.compute(t, periods: [try! Period.parse("2024-25-Q3")], la: nil)
    #expect(Self.rows(v, .referrals, "source")["source=6"]! == (1, 1))
    #expect(Self.rows(v, .referrals, "sex").isEmpty && Self.rows(v, .referrals, "age").isEmpty)
  }

  @Test func theCensusFrontDoorTakesTheEpisodesSourceAndTheChildsTraits() {
    var b = EpisodeBuilder()
    b.episode("A", referral: "2024-10-01")
    b.episode("B", referral: "2024-10-03", nfa: .yes)
    var episodes = b.episodes
    episodes[0].referralSource = "6"
    episodes[1].referralSource = "1A"
    var traits = ChildTraitsTable(source: "test", carries: [.age, .sex, .ethnicity, .disability])
    traits[b.children.intern("A")] = ChildTraits(birth: day("2024-01-01"), sex: .female, ethnicity: .mixed)
    let referrals = CensusFrontDoor.referrals(
      from: episodes, coverage: covered("2024-04-01", "2025-03-31"), traits: traits)
    let t = FrontDoorTimeline(contacts: nil, contactCoverage: nil, referrals: referrals)
    let v = FrontDoorIndicators.compute(t, periods: [try! Period.parse("2024-25-Q3")], la: nil)
    #expect(Self.rows(v, .referrals, "source")["source=6"]! == (1, 2))
    #expect(Self.rows(v, .referrals, "age")["age=under-1"]! == (1, 2))
    #expect(Self.rows(v, .referrals, "sex")["sex=U"]! == (1, 2))
    #expect(Self.rows(v, .referralsNfa, "source")["source=1A"]! == (1, 1))
  }

  @Test func referralsToAssessmentBySourceIsTheShareWithinEachSource() {
    var b = EpisodeBuilder()
    b.episode("A", referral: "2024-10-01", assessments: [assessment("2024-10-02", nil)])
    b.episode("B", referral: "2024-10-01")
    b.episode("C", referral: "2024-10-01", assessments: [assessment("2024-10-05", nil)])
    var episodes = b.episodes
    episodes[0].referralSource = "6"
    episodes[1].referralSource = "6"
    let v = ReferralOutcomeIndicators.compute(
      episodes, coverage: covered("2024-04-01", "2025-03-31"), periods: [try! Period.parse("2024-25-Q3")],
      withinDays: nil, bySource: true)
    let source = Self.rows(v, .referralsToAssessment, "source")
    #expect(source["source=6"]! == (1, 2) && source["source=unknown"]! == (1, 1) && source["source=1A"]! == (0, 0))
    #expect(v.value(.referralsToAssessment, "2024-25-Q3")?.numerator == 2)
  }
}

/// The groups of every front-door dimension add up to the total, over random extracts.
@Suite struct FrontDoorBreakdownProperty {
  /// Per referral: child 0–30, day 0–729 after 1 April 2023, NFA 0–2, file 0–1, source, sex,
  /// ethnicity and birth picks.
  static let rows = Gen.int(in: 0...999).array(of: 8...8).array(of: 0...150)

  @Test func groupsAddUpToTheTotal() async {
    await propertyCheck(input: Self.rows) { raw in
      let start = Day(iso: "2023-04-01")!
      var b = SetBuilder()
      b.referrals(
        raw.map { ("C\($0[0] % 31)", start.adding(days: $0[1] % 730).iso, YesNo(rawValue: UInt8($0[2] % 3))!) },
        from: "2023-04-01", to: "2025-03-31")
      let sources = ["1A", "6", "q) 6: Police", "10", "", "X"]
      let sexes = ["F", "b) Female", "M", "9", ""]
      let ethnicities = ["WBRI", "a) WBRI", "BAFR", "REFU", "CHNE", ""]
      b.set.referralDetails = FrontDoorBreakdownTests.details(
        raw.map { r in
          (
            sources[r[4] % sources.count], sexes[r[5] % sexes.count], ethnicities[r[6] % ethnicities.count],
            r[7] % 5 == 0 ? nil : start.adding(days: -(r[7] * 7)).iso
          )
        }, carries: [.source, .age, .sex, .ethnicity])
      let order = ReferralOrder(b.set.referrals, details: b.set.referralDetails)
      let t = FrontDoorTransform.timeline(from: b.set, order: order).0
      let periods: [Period] = [.financialYear(2023), .financialYear(2024), .quarter(2024, 3)]
      let v = FrontDoorIndicators.compute(t, periods: periods, la: nil)
      for p in periods {
        let total = v.first { $0.indicator.id == .referrals && $0.breakdown.isEmpty && $0.column == p }!.numerator!
        for d in ["source", "age", "sex", "ethnicity"] {
          let parts = v.filter {
            $0.indicator.id == .referrals && $0.column == p && $0.breakdown.hasPrefix(d + "=")
          }
          #expect(parts.compactMap(\.numerator).reduce(0, +) == total, "\(d) \(p.label)")
        }
        for id in [IndicatorID.rereferrals12m, .referralsNfa] {
          let whole = v.first { $0.indicator.id == id && $0.breakdown.isEmpty && $0.column == p }!
          let parts = v.filter { $0.indicator.id == id && $0.column == p && !$0.breakdown.isEmpty }
          #expect(parts.compactMap(\.numerator).reduce(0, +) == whole.numerator, "\(id) \(p.label)")
          #expect(parts.compactMap(\.denominator).reduce(0, +) == whole.denominator, "\(id) \(p.label)")
        }
      }
    }
  }
}
