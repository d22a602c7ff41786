import SafeguardCore
import Testing

@testable import Ingest

private func ymd(_ iso: String) -> Day { Day(iso: iso)! }

/// Lists 2, 4, 5 and 6, each canonical and untidy (aliases, encodings, line ends, coded answers).
@Suite struct AnnexAListDecodingTests {
  @Test func list2Canonical() throws {
    let text = AnnexALists.csv(
      .annexAEarlyHelp,
      [
        [
          "Child Unique ID": "C1", "Assessment start date": "01/04/2024", "Assessment completion date": "15/04/2024",
          "Organisation completing assessment": "Oak Primary School",
        ],
        ["Child Unique ID": "C2", "Assessment start date": "2024-04-02", "Organisation completing assessment": "NULL"],
        [
          "Child Unique ID": "C1", "Assessment start date": "3/5/2024", "Assessment completion date": "2024-05-20",
          "Organisation completing assessment": "  Health Visiting ",
        ],
      ])
    let (set, outcome) = try TestFiles.read(text)
    #expect(
      set.earlyHelp == [
        EarlyHelpAssessmentRecord(
          child: 0, start: ymd("2024-04-01"), completion: ymd("2024-04-15"), organisation: "Oak Primary School",
          file: 0, line: 2),
        EarlyHelpAssessmentRecord(
          child: 1, start: ymd("2024-04-02"), completion: nil, organisation: nil, file: 0, line: 3),
        EarlyHelpAssessmentRecord(
          child: 0, start: ymd("2024-05-03"), completion: ymd("2024-05-20"), organisation: "Health Visiting", file: 0,
          line: 4),
      ])
    #expect(set.findings.isEmpty)
    let s = try #require(AnnexALists.summary(outcome))
    #expect(s.kind == .annexAEarlyHelp)
    #expect(s.rows == 3 && s.rowsUsed == 3 && s.ignoredColumns.isEmpty)
    #expect(s.firstDate == ymd("2024-04-01") && s.lastDate == ymd("2024-05-03"))
  }

  @Test func list2AliasedWindows1252WithCRLF() throws {
    var bytes = Array(
      " child id ,SEX,Ethnicity,DOB,Age,EH Assessment Start Date,Assessment Completed Date,Lead Organisation,Locality\r\n"
        .utf8)
    bytes += Array("C9,M,WBRI,01/01/2015,9,01/06/2024,n/a,Caf".utf8) + [0xE9] + Array(" Hub,North\r\n".utf8)
    let (set, outcome) = try TestFiles.read(bytes)
    #expect(
      set.earlyHelp == [
        EarlyHelpAssessmentRecord(
          child: 0, start: ymd("2024-06-01"), completion: nil, organisation: "Café Hub", file: 0, line: 2)
      ])
    let s = try #require(AnnexALists.summary(outcome))
    #expect(s.encoding == "Windows-1252")
    #expect(s.ignoredColumns == ["Locality"])
    #expect(set.findings.isEmpty)
  }

  @Test func list4Canonical() throws {
    let text = AnnexALists.csv(
      .annexAAssessments,
      [
        [
          "Child Unique ID": "C1", AnnexALists.disability: "N", "Continuous Assessment Start Date": "01/04/2024",
          "Child Seen During Continuous Assessment": "Y", "Continuous Assessment Date of Authorisation": "20/05/2024",
          "Was the child assessed as requiring LA children's social care support?": "Y",
        ],
        [
          "Child Unique ID": "C2", AnnexALists.disability: "Yes", "Continuous Assessment Start Date": "2024-04-10",
          "Child Seen During Continuous Assessment": "No",
        ],
        [
          "Child Unique ID": "C3", AnnexALists.disability: "0", "Continuous Assessment Start Date": "5/4/2024",
          "Child Seen During Continuous Assessment": "1", "Continuous Assessment Date of Authorisation": "NULL",
          "Was the child assessed as requiring LA children's social care support?": "False",
        ],
      ])
    let (set, _) = try TestFiles.read(text)
    #expect(
      set.assessments == [
        AnnexAAssessmentRecord(
          child: 0, start: ymd("2024-04-01"), authorised: ymd("2024-05-20"), seen: .yes, needsSupport: .yes,
          disability: .no, file: 0, line: 2),
        AnnexAAssessmentRecord(
          child: 1, start: ymd("2024-04-10"), authorised: nil, seen: .no, needsSupport: .unknown, disability: .yes,
          file: 0, line: 3),
        AnnexAAssessmentRecord(
          child: 2, start: ymd("2024-04-05"), authorised: nil, seen: .yes, needsSupport: .no, disability: .no, file: 0,
          line: 4),
      ])
    #expect(set.findings.isEmpty)
    #expect(set.files[0].ignoredColumns.isEmpty)
  }

  @Test func list4AliasedUTF16WithCodedAnswers() throws {
    let header = [
      "ChildID", "Sex", "Ethnicity", "DOB", "Age of Child (Years)", "Disability", "Continuous Assessment Start ",
      "Child Seen During Assessment?", "Assessment Authorisation Date",
      "Child assessed as requiring LA children's social care support (Y/N)",
    ]
    let text = AnnexALists.csv(
      header,
      [
        [
          "ChildID": "C1", "Disability": "a) Yes", "Continuous Assessment Start ": "01/04/2024",
          "Child Seen During Assessment?": "b) No", "Assessment Authorisation Date": "2024-05-01",
          "Child assessed as requiring LA children's social care support (Y/N)": "1 - Yes",
        ],
        [
          "ChildID": "C2", "Disability": "c) Unknown", "Continuous Assessment Start ": "02/04/2024",
          "Child Seen During Assessment?": "Unknown",
          "Child assessed as requiring LA children's social care support (Y/N)": "0 - No",
        ],
      ])
    let (set, outcome) = try TestFiles.read(TestFiles.utf16(text, bigEndian: false))
    #expect(
      set.assessments == [
        AnnexAAssessmentRecord(
          child: 0, start: ymd("2024-04-01"), authorised: ymd("2024-05-01"), seen: .no, needsSupport: .yes,
          disability: .yes, file: 0, line: 2),
        AnnexAAssessmentRecord(
          child: 1, start: ymd("2024-04-02"), authorised: nil, seen: .unknown, needsSupport: .no,
          disability: .unknown, file: 0, line: 3),
      ])
    #expect(set.findings.isEmpty)
    #expect(try #require(AnnexALists.summary(outcome)).encoding == "UTF-16LE")
  }

  @Test func list5Canonical() throws {
    let text = AnnexALists.csv(
      .annexASection47,
      [
        [
          "Child Unique ID": "C1", "Strategy discussion initiating Section 47 Enquiry Start Date": "01/04/2024",
          "Was an Initial Child Protection Conference deemed unnecessary?": "N",
          "Date of Initial Child Protection Conference": "15/04/2024",
          "Did the Initial Child Protection Conference Result in a Child Protection Plan": "Y",
          "Number of Section 47 Enquiries in the last 12 months": "1", "Number of ICPCs in the last 12 months": "1",
        ],
        [
          "Child Unique ID": "C2", "Strategy discussion initiating Section 47 Enquiry Start Date": "02/04/2024",
          "Was an Initial Child Protection Conference deemed unnecessary?": "Y",
        ],
      ])
    let (set, _) = try TestFiles.read(text)
    #expect(
      set.section47s == [
        AnnexASection47Record(
          child: 0, start: ymd("2024-04-01"), icpcNotRequired: .no, icpcDate: ymd("2024-04-15"),
          icpcResultedInPlan: .yes, file: 0, line: 2),
        AnnexASection47Record(
          child: 1, start: ymd("2024-04-02"), icpcNotRequired: .yes, icpcDate: nil, icpcResultedInPlan: .unknown,
          file: 0, line: 3),
      ])
    #expect(set.findings.isEmpty)
  }

  @Test func list5AliasedUTF16BigEndianWithCRLF() throws {
    let header = [
      "Child Unique Identifier", "Gender", "Ethnicity", "DOB", "Age of Child (Years)", "S47 Start Date",
      "ICPC Not Required (Y/N)", "ICPC Date", "ICPC Resulted in CP Plan?",
    ]
    let row = [
      "Child Unique Identifier": "C7", "S47 Start Date": "2024-04-03", "ICPC Not Required (Y/N)": "false",
      "ICPC Date": "2024-04-20", "ICPC Resulted in CP Plan?": "TRUE",
    ]
    let text = AnnexALists.csv(header, [row], ending: "\r\n")
    let (set, outcome) = try TestFiles.read(TestFiles.utf16(text, bigEndian: true))
    #expect(
      set.section47s == [
        AnnexASection47Record(
          child: 0, start: ymd("2024-04-03"), icpcNotRequired: .no, icpcDate: ymd("2024-04-20"),
          icpcResultedInPlan: .yes, file: 0, line: 2)
      ])
    #expect(try #require(AnnexALists.summary(outcome)).encoding == "UTF-16BE")
    #expect(set.findings.isEmpty)
  }

  @Test func list6CanonicalAndAliasedWithQuotedFields() throws {
    let canonical = AnnexALists.csv(
      .annexAChildrenInNeed,
      [
        [
          "Child Unique ID": "C1", "CIN Start Date": "01/04/2024", "Primary Need Code": "N1",
          "Date Child Was Last Seen": "10/04/2024", "CIN Closure Date": "30/06/2024", "Reason for Closure": "RC8",
          "Case Status": "Closed episode",
        ],
        [
          "Child Unique ID": "C2", "CIN Start Date": "02/04/2024", "Primary Need Code": "n3",
          "Case Status": "Child in need plan",
        ],
      ])
    let (set, _) = try TestFiles.read(canonical)
    #expect(
      set.cinRecords == [
        AnnexACINRecord(
          child: 0, start: ymd("2024-04-01"), primaryNeed: "N1", closure: ymd("2024-06-30"), reasonForClosure: "RC8",
          caseStatus: "CLOSED EPISODE", file: 0, line: 2),
        AnnexACINRecord(
          child: 1, start: ymd("2024-04-02"), primaryNeed: "N3", closure: nil, reasonForClosure: nil,
          caseStatus: "CHILD IN NEED PLAN", file: 0, line: 3),
      ])
    #expect(set.findings.isEmpty)

    let aliased =
      "Child ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Child in Need Start Date,Primary Need,CIN End Date,"
      + "Closure Reason,Case Status\n"
      + "C4,M,WBRI,01/01/2015,9,1/4/2024,N1 - Abuse or neglect,\"2024-07-01\",\"RC8 - Other, incl. no longer in need\","
      + "\"a) Looked after child\"\n"
    let (other, _) = try TestFiles.read(aliased)
    #expect(
      other.cinRecords == [
        AnnexACINRecord(
          child: 0, start: ymd("2024-04-01"), primaryNeed: "N1", closure: ymd("2024-07-01"), reasonForClosure: "RC8",
          caseStatus: "LOOKED AFTER CHILD", file: 0, line: 2)
      ])
    #expect(other.findings.isEmpty)
  }
}
