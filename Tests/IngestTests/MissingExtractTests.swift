import Foundation
import SafeguardCore
import Testing

@testable import Ingest

private typealias F = MissingAndLADOFiles

@Suite struct MissingExtractTests {
  @Test func canonicalHeadersGiveEveryField() throws {
    let text = """
      CHILD,DOB,SEX,LOOKED_AFTER,MISSING,MIS_START,MIS_END,RHI_OFFERED,RHI_ACCEPTED,RHI_DATE,POLICE_REF
      C1,01/01/2010,F,Y,M,01/04/2024 22:15,02/04/2024 08:00,Y,N,04/04/2024, OCC-1 
      C2,2011-06-30,m,N,a,2024-04-03,,n,,,
      """
    let set = try F.read(text, as: .missingEpisodes, name: "missing.csv")
    #expect(set.findings.isEmpty)
    let e = set.missingEpisodes
    try #require(e.count == 2)
    #expect(set.children[e[0].child] == "C1" && set.children[e[1].child] == "C2")
    #expect(e[0].birthDate == F.day("2010-01-01") && e[1].birthDate == F.day("2011-06-30"))
    #expect(e[0].sex == .female && e[1].sex == .male)
    #expect(e[0].lookedAfter == .yes && e[1].lookedAfter == .no)
    #expect(e[0].category == .missing && e[1].category == .away)
    #expect(e[0].start == F.at("2024-04-01", 22, 15))
    #expect(e[1].start == DayTime(day: F.day("2024-04-03")) && e[1].start.minuteOfDay == -1)
    #expect(e[0].end == F.at("2024-04-02", 8, 0) && e[1].end == nil)
    #expect(e[0].rhiOffered == .yes && e[0].rhiAccepted == .no && e[0].rhiDate == F.day("2024-04-04"))
    #expect(e[1].rhiOffered == .no && e[1].rhiAccepted == .unknown && e[1].rhiDate == nil)
    #expect(e[0].policeRef == "OCC-1" && e[1].policeRef == nil)
    #expect(e.map(\.line) == [2, 3] && e.map(\.file) == [0, 0])
    let s = set.files[0]
    #expect(s.kind == .missingEpisodes && s.encoding == "UTF-8" && s.ignoredColumns.isEmpty)
    #expect(s.rows == 2 && s.rowsUsed == 2)
    #expect(s.firstDate == F.day("2024-04-01") && s.lastDate == F.day("2024-04-03"))
    #expect(set.coverage(of: .missingEpisodes) == F.day("2024-04-01")...F.day("2024-04-03"))
  }

  @Test func aliasesUntidyHeadersAndWordedCodes() throws {
    let text = """
      Child ID,Date of Birth,Gender, Looked After ,Missing or Away,Missing Start Date,Missing End Date,RHI Offered?,Return Home Interview Accepted (Y/N),RHI Date,Police Reference,Notes
      C1,01/01/2010,Female,Yes,Missing,01/04/2024 22:15,,TRUE,false,,,x
      C2,01/01/2010,U,No,AWAY,01/04/2024,,,,,,
      """
    let set = try F.read(text, as: .missingEpisodes)
    #expect(set.findings.isEmpty)
    #expect(set.missingEpisodes.map(\.category) == [.missing, .away])
    #expect(set.missingEpisodes.map(\.sex) == [.female, .unknown])
    #expect(set.missingEpisodes.map(\.lookedAfter) == [.yes, .no])
    #expect(set.missingEpisodes[0].rhiOffered == .yes && set.missingEpisodes[0].rhiAccepted == .no)
    #expect(set.files[0].ignoredColumns == ["Notes"])
  }

  @Test(arguments: [
    ("01/04/2024", "2024-04-01", Int16(-1)), ("1/4/2024", "2024-04-01", -1), ("2024-04-01", "2024-04-01", -1),
    ("01/04/2024 07:05", "2024-04-01", 425), ("1/4/2024 7:05:59", "2024-04-01", 425),
    ("2024-04-01 23:59", "2024-04-01", 1439), ("2024-04-01T00:00:00", "2024-04-01", 0),
  ])
  func eachDateTimeForm(text: String, day: String, minute: Int16) throws {
    // 07:05 is minute 7 × 60 + 5 = 425; 23:59 is 23 × 60 + 59 = 1439.
    let set = try F.read(F.csv(.missingEpisodes, [["MIS_START": text, "MIS_END": ""]]), as: .missingEpisodes)
    #expect(set.findings.isEmpty)
    #expect(set.missingEpisodes.first?.start == DayTime(day: F.day(day), minuteOfDay: minute))
  }

  @Test func rowsWithoutChildStartOrCategoryAreLeftOutAndCounted() throws {
    let text = F.csv(
      .missingEpisodes,
      [
        ["CHILD": "C1"], ["CHILD": "C2", "MIS_START": ""], ["CHILD": "C3", "MIS_START": "31/02/2024 10:00"],
        ["CHILD": "C4", "MIS_START": "01/04/2024 24:00"], ["CHILD": " "], ["CHILD": "C6", "MISSING": "Z"],
        ["CHILD": "C7", "MISSING": ""],
      ])
    let set = try F.read(text, as: .missingEpisodes, name: "m.csv")
    #expect(set.missingEpisodes.map { set.children[$0.child] } == ["C1"])
    #expect(
      F.located(set) == [
        "m.csv:3 ING011 MIS_START ''", "m.csv:4 ING012 MIS_START '31/02/2024 10:00'",
        "m.csv:5 ING012 MIS_START '01/04/2024 24:00'", "m.csv:6 ING010 CHILD ''", "m.csv:7 ING032 MISSING 'Z'",
        "m.csv:8 ING032 MISSING ''",
      ])
    #expect(set.findings[0].message == "the date is blank, so the row cannot be placed in a period")
    #expect(set.files[0].rows == 7 && set.files[0].rowsUsed == 1)
  }

  @Test func unknownCodesAndBadValuesAreFindingsAndTheRowIsKept() throws {
    let text = F.csv(
      .missingEpisodes,
      [["SEX": "X", "LOOKED_AFTER": "maybe", "DOB": "45123", "RHI_DATE": "01/04/24", "MIS_END": "2/4/2024 8"]])
    let set = try F.read(text, as: .missingEpisodes, name: "m.csv")
    let e = try #require(set.missingEpisodes.first)
    #expect(e.sex == nil && e.lookedAfter == .unknown && e.birthDate == nil && e.rhiDate == nil && e.end == nil)
    #expect(
      F.located(set) == [
        "m.csv:2 ING013 DOB '45123'", "m.csv:2 ING015 SEX 'X'", "m.csv:2 ING014 LOOKED_AFTER 'maybe'",
        "m.csv:2 ING013 MIS_END '2/4/2024 8'", "m.csv:2 ING013 RHI_DATE '01/04/24'",
      ])
    #expect(set.findings.allSatisfy { $0.childRef == "C1" })
    #expect(set.findings[1].message.contains("'X' is not one of M, F or U"))
  }

  @Test func blankRequiredValuesAreQueriesAndTheRowIsKept() throws {
    let set = try F.read(F.csv(.missingEpisodes, [["DOB": "", "LOOKED_AFTER": "NULL"]]), as: .missingEpisodes)
    #expect(set.missingEpisodes.count == 1)
    #expect(set.findings.map { "\($0.rule.code) \($0.field!)" } == ["ING030 DOB", "ING030 LOOKED_AFTER"])
  }

  @Test func orderChecks() throws {
    let text = F.csv(
      .missingEpisodes,
      [
        // Ends 08:00 before it started at 22:15 the same day.
        ["MIS_START": "01/04/2024 22:15", "MIS_END": "01/04/2024 08:00"],
        // A date-only end on the start day runs to 23:59, so it is not before 22:15.
        ["MIS_START": "01/04/2024 22:15", "MIS_END": "01/04/2024"],
        ["DOB": "02/04/2024", "MIS_START": "01/04/2024 22:15", "MIS_END": ""],
        // Interview on 1 April, the episode ended on 2 April.
        ["RHI_DATE": "01/04/2024"],
        ["RHI_DATE": "02/04/2024"],
      ])
    let set = try F.read(text, as: .missingEpisodes, name: "m.csv")
    #expect(set.missingEpisodes.count == 5)
    #expect(
      F.located(set) == [
        "m.csv:2 ING033 MIS_END '01/04/2024 08:00'", "m.csv:4 ING016 DOB '02/04/2024'",
        "m.csv:5 ING034 RHI_DATE '01/04/2024'",
      ])
  }

  @Test func missingRequiredColumnNamesTheClosestHeader() throws {
    let header = F.headers[.missingEpisodes]!.map { $0 == "LOOKED_AFTER" ? "LOOKED_AFTR" : $0 }
    #expect {
      _ = try TestFiles.read(header.joined(separator: ",") + "\n", name: "missing.csv")
    } throws: { error in
      (error as? RunFailure)?.exitStatus == .dataError
        && (error as? RunFailure)?.description
          == "missing.csv: required column 'LOOKED_AFTER' is missing from this missing and away episodes (social care) "
          + "file; the closest header present is 'LOOKED_AFTR'"
    }
  }

  @Test func quotedFieldsWithCommasAndLineBreaks() throws {
    let text =
      F.headers[.missingEpisodes]!.joined(separator: ",") + "\r\n"
      + "\"C1\",01/01/2010,F,Y,M,\"01/04/2024 22:15\",,,,,\"OCC, 12\"\r\n"
      + "C2,01/01/2010,F,Y,M,02/04/2024,,,,,\"OCC\r\n13\"\r\n"
    let set = try F.read(text, as: .missingEpisodes)
    #expect(set.missingEpisodes.map(\.policeRef) == ["OCC, 12", "OCC\r\n13"])
    #expect(set.missingEpisodes.map(\.line) == [2, 3])
  }

  @Test func childIDsShareTheRegistryWithAnnexA() throws {
    let files = [
      ("refs.csv", TestFiles.referralHeader + "\n" + TestFiles.referral("C9", "01/03/2024") + "\n"),
      ("missing.csv", F.csv(.missingEpisodes, [["CHILD": " C9 "], ["CHILD": "C10"]])),
    ]
    let set = try TestFiles.readAll(files)
    #expect(set.missingEpisodes.first?.child == set.referrals.first?.child)
    #expect(set.missingEpisodes.map(\.file) == [1, 1])
    #expect(set.children.count == 2)
  }
}
