import SafeguardCore
import Testing

/// One account per child from Annex A rows: each trait from the latest row that gives it.
@Suite struct ChildTraitsTests {
  static func row(
    _ date: String, birth: String? = nil, sex: BreakdownGroups.Sex = .unknown,
    ethnicity: BreakdownGroups.Ethnicity = .unknown, disability: BreakdownGroups.Disability = .unknown
  ) -> ChildDescription {
    ChildDescription(
      child: 7, date: Day(iso: date)!, birth: birth.flatMap { Day(iso: $0) }, sex: sex, ethnicity: ethnicity,
      disability: disability)
  }

  @Test func theLatestRowWithAValueWinsTraitByTrait() {
    let rows = [
      Self.row("2024-06-01", birth: "2015-01-01", sex: .female, ethnicity: .white, disability: .no),
      // A later row correcting sex and ethnicity, blank for the rest: a blank never overwrites.
      Self.row("2024-09-01", sex: .male, ethnicity: .mixed),
      // An earlier row read after them does not win.
      Self.row("2024-01-01", birth: "2014-12-31", sex: .female, disability: .yes),
    ]
    let t = ChildTraitsTable.annexA(rows, source: "test", carries: [.age, .sex])
    #expect(
      t[7] == ChildTraits(birth: Day(iso: "2015-01-01")!, sex: .male, ethnicity: .mixed, disability: .no))
    #expect(t[8] == .unknown)
    #expect(t.carries == [.age, .sex])
  }

  @Test func onTheSameDayTheLaterRowWins() {
    let rows = [Self.row("2024-06-01", sex: .female), Self.row("2024-06-01", sex: .male)]
    #expect(ChildTraitsTable.annexA(rows, source: "test", carries: [.sex])[7].sex == .male)
  }

  @Test func dimensionsListTheirGroupsInTheSpecsOrder() {
    #expect(BreakdownDimension.age.groups == ["unborn", "under-1", "1-4", "5-9", "10-15", "16-plus", "unknown"])
    #expect(BreakdownDimension.category.groups == ["neglect", "physical", "sexual", "emotional", "multiple"])
    #expect(BreakdownDimension.duration.groups == ["3m-or-less", "3m-6m", "6m-1y", "1y-2y", "2y-plus"])
    #expect(BreakdownDimension.lookedAfter.label("yes") == "looked_after=yes")
    #expect(BreakdownGroups.Category.of(code: "SAB") == .sexual && BreakdownGroups.Category.of(code: nil) == nil)
    // Each group's ordinal is its place in the output order.
    #expect(BreakdownGroups.Age.allCases.map(\.ordinal) == Array(0..<7))
    #expect(BreakdownGroups.Sex.allCases.map(\.ordinal) == Array(0..<3))
    #expect(BreakdownGroups.Ethnicity.allCases.map(\.ordinal) == Array(0..<6))
    #expect(BreakdownGroups.Disability.allCases.map(\.ordinal) == Array(0..<3))
  }
}
