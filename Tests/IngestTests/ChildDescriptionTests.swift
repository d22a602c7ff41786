import SafeguardCore
import Testing

@testable import Ingest

/// Lists 4 to 8 describe their children (date of birth, gender, ethnicity, disability) for the
/// breakdowns; lists 1 and 3 keep their own per-record details.
@Suite struct ChildDescriptionTests {
  static let s47 = "Strategy discussion initiating Section 47 Enquiry Start Date"

  @Test func eachRowOfList5DescribesItsChildInBreakdownGroups() throws {
    let text = AnnexALists.csv(
      .annexASection47,
      [
        [
          "Child Unique ID": "C1", "Gender": "b) Female", "Ethnicity": "APKN", "Date of Birth": "05/11/2014",
          AnnexALists.disability: "a) Yes", Self.s47: "05/11/2024",
        ],
        [
          "Child Unique ID": "C2", "Gender": "", "Ethnicity": "REFU", "Date of Birth": "",
          AnnexALists.disability: "", Self.s47: "06/11/2024",
        ],
      ])
    let (set, _) = try TestFiles.read(text)
    #expect(
      set.childDescriptions == [
        ChildDescription(
          child: 0, date: Day(iso: "2024-11-05")!, birth: Day(iso: "2014-11-05")!, sex: .female, ethnicity: .asian,
          disability: .yes),
        ChildDescription(
          child: 1, date: Day(iso: "2024-11-06")!, birth: nil, sex: .unknown, ethnicity: .unknown,
          disability: .unknown),
      ])
    #expect(set.describedDimensions == [.age, .sex, .ethnicity, .disability])
  }

  @Test func aListWithoutADisabilityColumnDoesNotCarryTheDimension() throws {
    let header = AnnexALists.headers[.annexASection47]!.filter { $0 != AnnexALists.disability }
    let text = AnnexALists.csv(header, [["Child Unique ID": "C1", Self.s47: "05/11/2024"]])
    let (set, _) = try TestFiles.read(text)
    #expect(set.describedDimensions == [.age, .sex, .ethnicity])
    #expect(set.childDescriptions.map(\.disability) == [.unknown])
  }

  @Test func contactsAndReferralsAreNotDescribedHere() throws {
    let text = AnnexALists.csv(.annexAReferrals, [["Child Unique ID": "C1", "Date of referral": "05/11/2024"]])
    let (set, _) = try TestFiles.read(text)
    #expect(set.childDescriptions.isEmpty && set.describedDimensions.isEmpty)
    #expect(set.referrals.count == 1)
  }
}
