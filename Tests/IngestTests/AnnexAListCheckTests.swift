import Foundation
import SafeguardCore
import Testing

@testable import Ingest

private func ymd(_ iso: String) -> Day { Day(iso: iso)! }

/// `file:line code column 'value'` for each finding, in order.
private func located(_ set: ExtractSet) -> [String] {
  set.findings.map { "\($0.file):\($0.line ?? 0) \($0.rule.code) \($0.field ?? "") '\($0.value ?? "")'" }
}

@Suite struct AnnexAListFindingTests {
  @Test func list2BadDates() throws {
    let text = AnnexALists.csv(
      .annexAEarlyHelp,
      [
        ["Child Unique ID": "C1", "Assessment start date": "31/02/2024"],
        ["Child Unique ID": "C2", "Assessment start date": "01/04/2024", "Assessment completion date": "01/05/23"],
        ["Child Unique ID": "C3", "Date of Birth": "2025-01-01", "Assessment start date": "01/04/2024"],
      ])
    let (set, _) = try TestFiles.read(text, name: "l2.csv")
    #expect(
      located(set) == [
        "l2.csv:2 ING012 Assessment start date '31/02/2024'", "l2.csv:3 ING013 Assessment completion date '01/05/23'",
        "l2.csv:4 ING016 Date of Birth '2025-01-01'",
      ])
    #expect(set.earlyHelp.map(\.line) == [3, 4])
    #expect(set.earlyHelp[0].completion == nil)
    #expect(set.files[0].rows == 3 && set.files[0].rowsUsed == 2)
  }

  @Test func list4BadYesNoAndDate() throws {
    let start = "Continuous Assessment Start Date"
    let text = AnnexALists.csv(
      .annexAAssessments,
      [
        ["Child Unique ID": "C1", start: "01/04/2024", "Child Seen During Continuous Assessment": "maybe"],
        ["Child Unique ID": "C2", start: "01/04/2024", "Continuous Assessment Date of Authorisation": "45123"],
        ["Child Unique ID": "C3", start: "01/04/2024", AnnexALists.disability: "Autism"],
      ])
    let (set, _) = try TestFiles.read(text, name: "l4.csv")
    #expect(
      located(set) == [
        "l4.csv:2 ING014 Child Seen During Continuous Assessment 'maybe'",
        "l4.csv:3 ING013 Continuous Assessment Date of Authorisation '45123'",
        "l4.csv:4 ING014 Does the Child have a Disability 'Autism'",
      ])
    #expect(set.assessments.map(\.seen) == [.unknown, .unknown, .unknown])
    #expect(set.assessments.map(\.disability) == [.unknown, .unknown, .unknown])
    #expect(set.findings.first?.childRef == "C1")
  }

  @Test func list5BadValuesInColumnOrder() throws {
    let text = AnnexALists.csv(
      .annexASection47,
      [
        [
          "Child Unique ID": "C1", "Strategy discussion initiating Section 47 Enquiry Start Date": "01/04/2024",
          "Was an Initial Child Protection Conference deemed unnecessary?": "X",
          "Date of Initial Child Protection Conference": "2024-13-01",
          "Did the Initial Child Protection Conference Result in a Child Protection Plan": "Perhaps",
        ],
        ["Child Unique ID": "NULL", "Strategy discussion initiating Section 47 Enquiry Start Date": "01/04/2024"],
      ])
    let (set, _) = try TestFiles.read(text, name: "l5.csv")
    #expect(
      located(set) == [
        "l5.csv:2 ING014 Was an Initial Child Protection Conference deemed unnecessary? 'X'",
        "l5.csv:2 ING013 Date of Initial Child Protection Conference '2024-13-01'",
        "l5.csv:2 ING014 Did the Initial Child Protection Conference Result in a Child Protection Plan 'Perhaps'",
        "l5.csv:3 ING010 Child Unique ID 'NULL'",
      ])
    #expect(
      set.section47s == [
        AnnexASection47Record(
          child: 0, start: ymd("2024-04-01"), icpcNotRequired: .unknown, icpcDate: nil, icpcResultedInPlan: .unknown,
          file: 0, line: 2)
      ])
  }

  @Test func list6BadClosureAndBlankStart() throws {
    let text = AnnexALists.csv(
      .annexAChildrenInNeed,
      [
        ["Child Unique ID": "C1", "CIN Start Date": "01/04/2024", "CIN Closure Date": "32/01/2024"],
        ["Child Unique ID": "C2", "CIN Start Date": "N/A"],
      ])
    let (set, _) = try TestFiles.read(text, name: "l6.csv")
    #expect(located(set) == ["l6.csv:2 ING013 CIN Closure Date '32/01/2024'", "l6.csv:3 ING011 CIN Start Date ''"])
    #expect(set.cinRecords.count == 1 && set.cinRecords[0].closure == nil)
  }

  @Test func list7UnknownCategoryBadDateAndBadInteger() throws {
    let text = AnnexALists.csv(
      .annexAChildProtection,
      [
        [
          "Child Unique ID": "C1", "Child Protection Plan Start Date": "01/04/2024",
          "Initial Category of Abuse": "Financial", "Latest Category of Abuse": "NEG",
          "Date of latest review conference": "2024/05/01", "Number of Previous Child Protection Plans": "two",
        ]
      ])
    let (set, _) = try TestFiles.read(text, name: "l7.csv")
    #expect(
      located(set) == [
        "l7.csv:2 ING018 Initial Category of Abuse 'Financial'",
        "l7.csv:2 ING013 Date of latest review conference '2024/05/01'",
        "l7.csv:2 ING017 Number of Previous Child Protection Plans 'two'",
      ])
    #expect(set.findings.map(\.rule.severity) == [.query, .query, .error])
    #expect(
      set.plans == [
        AnnexAPlanRecord(
          child: 0, start: ymd("2024-04-01"), initialCategory: nil, latestCategory: "NEG", latestReview: nil, end: nil,
          previousPlans: nil, file: 0, line: 2)
      ])
  }

  @Test func list8BadIntegersAndDate() throws {
    let header = AnnexALists.headers[.annexAChildrenInCare]!
    let text = AnnexALists.csv(
      .annexAChildrenInCare,
      [
        [
          "Child Unique ID": "C1", "Date Started to be Looked After": "01/04/2024",
          "Date Ceased to be Looked After": "12/2024", header[28]: "-1", header[29]: "1.5",
        ]
      ])
    let (set, _) = try TestFiles.read(text, name: "l8.csv")
    #expect(
      located(set) == [
        "l8.csv:2 ING013 Date Ceased to be Looked After '12/2024'", "l8.csv:2 ING017 \(header[28]) '-1'",
        "l8.csv:2 ING017 \(header[29]) '1.5'",
      ])
    #expect(set.careEpisodes.map(\.missingEpisodes12m) == [nil])
    #expect(set.careEpisodes.map(\.awayEpisodes12m) == [nil])
  }

  @Test(
    arguments: [
      ("NEG", "NEG"), ("neg", "NEG"), ("Neglect", "NEG"), ("a) Neglect", "NEG"), ("Likelihood of Neglect", "NEG"),
      ("Physical abuse", "PHY"), ("PHYSAB", "PHY"), ("Phys", "PHY"), ("c) Sexual abuse", "SAB"), ("SAB", "SAB"),
      ("Emotion", "EMO"), ("d) Emotional abuse", "EMO"), ("e) Multiple/not recommended", "MUL"), ("MUL", "MUL"),
      ("Multiple: Neglect, Physical Abuse", "MUL"), ("Neglect, Emotional", "MUL"), ("NEGLECT/SEXUAL ABUSE", "MUL"),
      ("NNNY", "EMO"), ("YYNN", "MUL"), ("Financial", nil), ("Domestic abuse", nil), ("NNNN", nil),
    ] as [(String, String?)])
  func categoryOfAbuse(value: String, code: String?) {
    #expect(AnnexAFieldParsing.abuseCategory(value) == code)
  }

  @Test(
    arguments: [
      ("0", .value(0)), (" 12 ", .value(12)), ("3.0", .value(3)), ("-", .blank), ("NULL", .blank), ("", .blank),
      ("-1", .invalid), ("1.5", .invalid), ("two", .invalid), ("1234567890", .invalid), ("1e3", .invalid),
    ] as [(String, CountField)])
  func counts(value: String, expected: CountField) {
    var s = value
    #expect(s.withUTF8 { AnnexAFieldParsing.count($0) } == expected)
  }

  @Test(
    arguments: [
      ("a) Yes", YesNo.yes), ("b) No", .no), ("1 - Yes", .yes), ("0 - No", .no), ("c) Unknown", .unknown),
      ("Unknown", .unknown), ("y", .yes), ("FALSE", .no), ("", .unknown), ("maybe", nil), ("Autism", nil),
    ] as [(String, YesNo?)])
  func codedYesNo(value: String, expected: YesNo?) {
    var s = value
    #expect(s.withUTF8 { FieldParsing.yesNo($0) } == expected)
  }
}

@Suite struct AnnexAListRecognitionTests {
  static let kinds: [ExtractKind] = AnnexASchema.all.map(\.kind)

  @Test(arguments: kinds)
  func canonicalHeaderRowIsItsOwnListOnly(kind: ExtractKind) throws {
    let headers = AnnexALists.headers[kind]!
    #expect(AnnexASchema.all.filter { $0.recognises(headers) }.map(\.kind) == [kind])
    guard case .list(let schema) = AnnexASchema.recognise(headers) else {
      Issue.record("not recognised")
      return
    }
    #expect(schema.kind == kind)
    let (set, outcome) = try TestFiles.read(AnnexALists.csv(kind, []))
    #expect(try #require(AnnexALists.summary(outcome)).kind == kind)
    #expect(set.files[0].ignoredColumns.isEmpty)
  }

  @Test(arguments: [
    ("S47 Start Date", ExtractKind.annexASection47), ("Strategy Discussion Date", .annexASection47),
    ("CP Plan Start Date", .annexAChildProtection), ("CPP Start Date", .annexAChildProtection),
    ("Early Help Assessment Start Date", .annexAEarlyHelp), ("Assessment Start Date", .annexAEarlyHelp),
    ("Continuous Assessment Start", .annexAAssessments), ("Child in Need Start Date", .annexAChildrenInNeed),
    ("Date Started Looked After", .annexAChildrenInCare), ("Referral Date", .annexAReferrals),
  ])
  func indexDateAliases(alias: String, kind: ExtractKind) {
    guard case .list(let schema) = AnnexASchema.recognise(["Child ID", alias]) else {
      Issue.record("\(alias) not recognised")
      return
    }
    #expect(schema.kind == kind)
  }

  @Test func otherNamedAliasesMapToTheirColumns() {
    let s47 = AnnexASchema.section47s
    let icpc = s47.columns.firstIndex { $0.canonical == "Date of Initial Child Protection Conference" }!
    #expect(s47.positions(in: ["Child ID", "S47 Start Date", "ICPC Date"])[icpc] == 2)
    let cp = AnnexASchema.childProtection
    let end = cp.columns.firstIndex { $0.canonical == "Child Protection Plan End Date" }!
    #expect(cp.positions(in: ["CPP Start Date", "CPP End Date"])[end] == 1)
  }

  @Test func list1FileStillReadsAsList1() throws {
    let text = AnnexALists.csv(.annexAContacts, [["Child Unique ID": "C1", "Date of Contact": "01/04/2024"]])
    let (set, outcome) = try TestFiles.read(text)
    #expect(try #require(AnnexALists.summary(outcome)).kind == .annexAContacts)
    #expect(set.contacts == [ContactRecord(child: 0, date: ymd("2024-04-01"), file: 0)])
  }

  @Test func extraIndexColumnOfAnotherListDoesNotChangeTheList() throws {
    let header = AnnexALists.headers[.annexAAssessments]! + ["Date of referral", "Assessment start date"]
    let text = AnnexALists.csv(
      header, [["Child Unique ID": "C1", "Continuous Assessment Start Date": "01/04/2024", "Date of referral": "x"]])
    let (set, outcome) = try TestFiles.read(text)
    let s = try #require(AnnexALists.summary(outcome))
    #expect(s.kind == .annexAAssessments)
    #expect(s.ignoredColumns == ["Date of referral", "Assessment start date"])
    #expect(set.assessments.count == 1 && set.findings.isEmpty)
  }

  @Test func headersFittingTwoListsEquallyAreReportedNotGuessed() throws {
    let (set, outcome) = try TestFiles.read("Child ID,Date of Contact,Date of referral\nC1,01/04/2024,01/04/2024\n")
    #expect(set.files.isEmpty)
    let reason = TestFiles.unrecognisedReason(outcome)
    #expect(
      reason
        == "fits Annex A list 1 (contacts) and Annex A list 3 (referrals) equally well, so it is not guessed "
        + "(headers: Child ID, Date of Contact, Date of referral)")
  }

  @Test func missingChildIDNamesTheClosestHeader() throws {
    #expect {
      _ = try TestFiles.read("Child Unique Ref,CIN Start Date\nC1,01/04/2024\n", name: "cin.csv")
    } throws: { error in
      (error as? RunFailure)?.description
        == "cin.csv: required column 'Child Unique ID' is missing from this Annex A list 6 (children in need) file; "
        + "the closest header present is 'Child Unique Ref'"
    }
  }

  @Test func coverageOfANewKindSpansItsFilesIndexDates() throws {
    let start = "Child Protection Plan Start Date"
    let files = [
      ("cp1.csv", [["Child Unique ID": "C1", start: "15/05/2024"], ["Child Unique ID": "C2", start: "01/04/2024"]]),
      ("cp2.csv", [["Child Unique ID": "C1", start: "2024-07-31", "Child Protection Plan End Date": "01/12/2024"]]),
    ]
    let set = try TestFiles.readAll(files.map { ($0.0, AnnexALists.csv(.annexAChildProtection, $0.1)) })
    #expect(set.coverage(of: .annexAChildProtection) == ymd("2024-04-01")...ymd("2024-07-31"))
    #expect(set.coverage(of: .annexAChildrenInCare) == nil)
    #expect(set.plans.map(\.file) == [0, 0, 1])
    #expect(set.plans.map { set.children[$0.child] } == ["C1", "C2", "C1"])
  }
}
