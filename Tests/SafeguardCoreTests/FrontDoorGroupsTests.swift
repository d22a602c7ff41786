import SafeguardCore
import Testing

/// A contact's or referral's groups, read from its row's details, packed for the sort key.
@Suite struct FrontDoorGroupsTests {
  static func details() -> FrontDoorDetails {
    var d = FrontDoorDetails()
    let rows: [(String?, String?, String?, String?)] = [
      ("6", "F", "WBRI", "2014-11-05"),  // 10 on 2024-11-05
      ("1A", "MALE", "BAFR", "2008-11-06"),  // a day short of 16
      (nil, nil, nil, nil),
      ("X9", "9", "REFU", "2025-01-01"),  // not yet born
      ("2A", "2", "CHNE", "2012-02-29"),  // 29 February birthday
      ("3A", "M", "MWBA", "1990-01-01"),  // born before the dates' table
    ]
    for (source, sex, ethnicity, birth) in rows {
      d.source.append(source)
      d.sex.append(sex)
      d.ethnicity.append(ethnicity)
      d.appendBirthDate(birth.flatMap { Day(iso: $0) })
    }
    return d
  }

  @Test func eachRecordsGroupsFollowBreakdownGroupsAndPackTheSameWay() {
    let g = FrontDoorGrouper(Self.details(), dates: Day(iso: "2020-01-01")!...Day(iso: "2024-12-31")!)
    let day = Day(iso: "2024-11-05")!
    let expected: [(String, BreakdownGroups.Age, BreakdownGroups.Sex, BreakdownGroups.Ethnicity)] = [
      ("6", .tenToFifteen, .female, .white), ("1A", .tenToFifteen, .male, .black),
      ("unknown", .unknown, .unknown, .unknown), ("unknown", .unborn, .unknown, .unknown),
      ("2A", .tenToFifteen, .female, .other), ("3A", .sixteenPlus, .male, .mixed),
    ]
    for (i, e) in expected.enumerated() {
      let groups = g.groups(at: i, on: day)
      let source = BreakdownGroups.Source.groups.firstIndex(of: e.0)!
      #expect(groups == FrontDoorGroups(source: source, age: e.1, sex: e.2, ethnicity: e.3), "record \(i)")
      #expect(g.packedGroups(at: i, on: day) == groups.packed, "record \(i)")
      #expect(FrontDoorGroups(packed: groups.packed) == groups)
    }
    // 28 February 2013: not yet 1; 1 March 2013: 1 (a 29 February birthday counts from 1 March).
    #expect(g.groups(at: 4, on: Day(iso: "2013-02-28")!).age == 1)
    #expect(g.groups(at: 4, on: Day(iso: "2013-03-01")!).age == 2)
    // A date past the table is worked out the long way, to the same answer.
    #expect(g.groups(at: 0, on: Day(iso: "2030-11-04")!).age == 4)  // 15: 10-15
    #expect(g.groups(at: 0, on: Day(iso: "2030-11-05")!).age == 5)  // 16: 16-plus
    // A record past the details (records built without them) has every group unknown.
    #expect(g.groups(at: 99, on: day) == .unknown)
  }
}
