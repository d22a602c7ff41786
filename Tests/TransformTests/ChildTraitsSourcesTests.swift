import SafeguardCore
import Testing

@testable import Transform

/// Census traits: the latest return holding a child describes them, in breakdown groups.
@Suite struct ChildTraitsSourcesTests {
  static func file(_ reference: String, _ children: [ChildDetails]) -> CINCensusFile {
    var header = CINCensusHeader()
    header.referenceDate = Day(iso: reference)
    var f = CINCensusFile(file: "census-\(reference).xml", header: header, layout: "Sex")
    f.children = children
    return f
  }

  static func child(
    _ index: Int32, sex: Sex?, ethnicity: String?, disabilities: [String], birth: String? = nil,
    expected: String? = nil
  ) -> ChildDetails {
    var d = ChildDetails(child: index)
    d.sex = sex
    d.ethnicity = ethnicity
    d.disabilities = disabilities
    d.birthDate = birth.flatMap { Day(iso: $0) }
    d.expectedBirthDate = expected.flatMap { Day(iso: $0) }
    return d
  }

  @Test func theLatestReturnWinsWhicheverOrderTheFilesCameIn() {
    let later = Self.file(
      "2025-03-31", [Self.child(0, sex: .male, ethnicity: "BAFR", disabilities: ["NONE"], birth: "2012-02-29")])
    let earlier = Self.file(
      "2024-03-31",
      [
        Self.child(0, sex: .female, ethnicity: "WBRI", disabilities: ["AUT"]),
        Self.child(1, sex: nil, ethnicity: "NOBT", disabilities: [], expected: "2024-05-01"),
      ])
    let t = ChildTraitsSources.census([later, earlier])
    #expect(
      t[0] == ChildTraits(birth: Day(iso: "2012-02-29")!, sex: .male, ethnicity: .black, disability: .no))
    #expect(
      t[1]
        == ChildTraits(expectedBirth: Day(iso: "2024-05-01")!, sex: .unknown, ethnicity: .unknown, disability: .unknown)
    )
    #expect(t[1].age(on: Day(iso: "2024-03-31")!) == .unborn)
    #expect(t.carries == [.age, .sex, .ethnicity, .disability])
  }
}
