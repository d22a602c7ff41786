import SafeguardCore
import Testing

@testable import Ingest

private func ymd(_ iso: String) -> Day { Day(iso: iso)! }

/// Lists 7 (child protection plans) and 8 (children in care), canonical and untidy.
@Suite struct AnnexAPlanAndCareDecodingTests {
  @Test func list7Canonical() throws {
    let start = "Child Protection Plan Start Date"
    let text = AnnexALists.csv(
      .annexAChildProtection,
      [
        [
          "Child Unique ID": "C1", start: "01/04/2024", "Initial Category of Abuse": "NEG",
          "Latest Category of Abuse": "EMO", "Date of latest review conference": "20/06/2024",
          "Number of Previous Child Protection Plans": "0",
        ],
        [
          "Child Unique ID": "C2", start: "02/04/2024", "Initial Category of Abuse": "PHY",
          "Latest Category of Abuse": "MUL", "Child Protection Plan End Date": "30/09/2024",
          "Number of Previous Child Protection Plans": "2",
        ],
        [
          "Child Unique ID": "C3", start: "03/04/2024", "Initial Category of Abuse": "SAB",
          "Latest Category of Abuse": "sab",
        ],
      ])
    let (set, _) = try TestFiles.read(text)
    #expect(
      set.plans == [
        AnnexAPlanRecord(
          child: 0, start: ymd("2024-04-01"), initialCategory: "NEG", latestCategory: "EMO",
          latestReview: ymd("2024-06-20"), end: nil, previousPlans: 0, file: 0, line: 2),
        AnnexAPlanRecord(
          child: 1, start: ymd("2024-04-02"), initialCategory: "PHY", latestCategory: "MUL", latestReview: nil,
          end: ymd("2024-09-30"), previousPlans: 2, file: 0, line: 3),
        AnnexAPlanRecord(
          child: 2, start: ymd("2024-04-03"), initialCategory: "SAB", latestCategory: "SAB", latestReview: nil,
          end: nil, previousPlans: nil, file: 0, line: 4),
      ])
    #expect(set.findings.isEmpty)
  }

  @Test func list7AliasedReorderedWithCRLineEndsAndWords() throws {
    let text =
      [
        "CPP Start Date, Child Ref ,Initial Category,Latest Category of Abuse/Neglect,Latest Review Date,CPP End Date,"
          + "Number of Previous CP Plans",
        "1/4/2024,C5,a) Neglect,Neglect; Emotional abuse,2024-06-01,,1",
        "02/04/2024,C6,Physical abuse,d) Emotional abuse,,31/12/2024,3.0",
        "03/04/2024,C7,Likelihood of Sexual,YNNN,,,",
      ].joined(separator: "\r") + "\r"
    let (set, _) = try TestFiles.read(text)
    #expect(
      set.plans == [
        AnnexAPlanRecord(
          child: 0, start: ymd("2024-04-01"), initialCategory: "NEG", latestCategory: "MUL",
          latestReview: ymd("2024-06-01"), end: nil, previousPlans: 1, file: 0, line: 2),
        AnnexAPlanRecord(
          child: 1, start: ymd("2024-04-02"), initialCategory: "PHY", latestCategory: "EMO", latestReview: nil,
          end: ymd("2024-12-31"), previousPlans: 3, file: 0, line: 3),
        AnnexAPlanRecord(
          child: 2, start: ymd("2024-04-03"), initialCategory: "SAB", latestCategory: "NEG", latestReview: nil,
          end: nil, previousPlans: nil, file: 0, line: 4),
      ])
    #expect(set.findings.isEmpty)
  }

  @Test func list8Canonical() throws {
    let (missing, away) = (
      AnnexALists.headers[.annexAChildrenInCare]![28], AnnexALists.headers[.annexAChildrenInCare]![29]
    )
    let text = AnnexALists.csv(
      .annexAChildrenInCare,
      [
        [
          "Child Unique ID": "C1", "Date Started to be Looked After": "01/04/2024", "Child's Legal Status": "C2",
          missing: "0", away: "1",
        ],
        [
          "Child Unique ID": "C2", "Date Started to be Looked After": "2023-01-15", "Child's Legal Status": "V2",
          "Date Ceased to be Looked After": "30/04/2024", "Reason Ceased to be Looked After": "E11", missing: "3",
          away: "0",
        ],
      ])
    let (set, outcome) = try TestFiles.read(text)
    #expect(
      set.careEpisodes == [
        AnnexACareRecord(
          child: 0, start: ymd("2024-04-01"), legalStatus: "C2", ceased: nil, reasonCeased: nil, missingEpisodes12m: 0,
          awayEpisodes12m: 1, file: 0, line: 2),
        AnnexACareRecord(
          child: 1, start: ymd("2023-01-15"), legalStatus: "V2", ceased: ymd("2024-04-30"), reasonCeased: "E11",
          missingEpisodes12m: 3, awayEpisodes12m: 0, file: 0, line: 3),
      ])
    #expect(set.findings.isEmpty)
    let s = try #require(AnnexALists.summary(outcome))
    #expect(s.ignoredColumns.isEmpty)
    #expect(s.firstDate == ymd("2023-01-15") && s.lastDate == ymd("2024-04-01"))
  }

  @Test func list8AliasedUTF16WithCRLF() throws {
    let header = [
      "Child ID", "Sex", "Ethnicity", "DOB", "Age", "Date Started Looked After", "Legal Status",
      "Date Ceased Looked After", "Reason Ceased", "Number of Missing Episodes in the last 12 months",
      "Number of Absent Episodes in the last 12 months",
    ]
    let row = [
      "Child ID": "C3", "DOB": "01/01/2010", "Date Started Looked After": "2024-02-01",
      "Legal Status": "V2: Single period of accommodation under section 20", "Date Ceased Looked After": "-",
      "Number of Missing Episodes in the last 12 months": "2.0",
      "Number of Absent Episodes in the last 12 months": " 4 ",
    ]
    let (set, _) = try TestFiles.read(TestFiles.utf16(AnnexALists.csv(header, [row], ending: "\r\n"), bigEndian: false))
    #expect(
      set.careEpisodes == [
        AnnexACareRecord(
          child: 0, start: ymd("2024-02-01"), legalStatus: "V2", ceased: nil, reasonCeased: nil, missingEpisodes12m: 2,
          awayEpisodes12m: 4, file: 0, line: 2)
      ])
    #expect(set.findings.isEmpty)
  }
}
