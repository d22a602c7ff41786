import Foundation
import SafeguardCore
import Testing

@testable import Ingest

private typealias F = MissingAndLADOFiles

@Suite struct PoliceMissingTests {
  @Test func canonicalHeadersGiveEveryField() throws {
    let text = """
      Occurrence Ref,Person Ref,LA Child ID,Date of Birth,Gender,Reported Missing,Found,Risk Level,Missing From,Home LA
       OCC1 ,P1,C1,01/01/2010,F,01/04/2024 22:15,2024-04-02T08:00,Medium,Care,332
      OCC2,P2,,2011-06-30,m,03/04/2024,,high,home,
      """
    let set = try F.read(text, as: .policeMissing, name: "police.csv")
    #expect(set.findings.isEmpty)
    let r = set.policeMissing
    try #require(r.count == 2)
    #expect(r.map(\.occurrenceRef) == ["OCC1", "OCC2"] && r.map(\.personRef) == ["P1", "P2"])
    #expect(r[0].child.map { set.children[$0] } == "C1" && r[1].child == nil)
    #expect(r[0].birthDate == F.day("2010-01-01") && r[0].sex == .female && r[1].sex == .male)
    #expect(r[0].reported == F.at("2024-04-01", 22, 15) && r[0].found == F.at("2024-04-02", 8, 0))
    #expect(r[1].reported == DayTime(day: F.day("2024-04-03")) && r[1].found == nil)
    #expect(r.map(\.risk) == [.medium, .high] && r.map(\.missingFrom) == [.care, .home])
    #expect(r[0].homeLA == 332 && r[1].homeLA == nil)
    let s = set.files[0]
    #expect(s.kind == .policeMissing && s.rows == 2 && s.rowsUsed == 2)
    #expect(s.firstDate == F.day("2024-04-01") && s.lastDate == F.day("2024-04-03"))
  }

  @Test func aliases() throws {
    let text = """
      Occurrence Number,Person ID,Child ID,DOB,Sex,Date Missing,Date Found,Risk,Missing From Location,Home LA Code,Officer
      OCC1,P1,C1,01/01/2010,U,01/04/2024 22:15,02/04/2024 08:00,Low,Other,201,PC 1
      """
    let set = try F.read(text, as: .policeMissing)
    #expect(set.findings.isEmpty)
    let r = try #require(set.policeMissing.first)
    #expect(r.child.map { set.children[$0] } == "C1" && r.sex == .unknown && r.risk == .low)
    #expect(r.found == F.at("2024-04-02", 8, 0) && r.missingFrom == .other && r.homeLA == 201)
    #expect(set.files[0].ignoredColumns == ["Officer"])
  }

  @Test(arguments: [
    ("No apparent risk", MissingRisk.noApparentRisk), ("no  apparent RISK", .noApparentRisk),
    ("None", .noApparentRisk), ("ABSENT", .noApparentRisk), ("Absent", .noApparentRisk), ("low", .low),
    ("MEDIUM", .medium), ("High", .high), ("c) High", .high),
  ])
  func riskLevels(text: String, risk: MissingRisk) throws {
    let set = try F.read(F.csv(.policeMissing, [["Risk Level": text]]), as: .policeMissing)
    #expect(set.findings.isEmpty)
    #expect(set.policeMissing.first?.risk == risk)
  }

  @Test func unknownCodesAreQueriesAndTheReportIsKept() throws {
    let text = F.csv(
      .policeMissing,
      [
        ["Risk Level": "Very high", "Gender": "X"], ["Occurrence Ref": "OCC2", "Home LA": "E08000027"],
        ["Occurrence Ref": "OCC3", "Home LA": "0332"], ["Occurrence Ref": "OCC4", "Home LA": "33"],
        ["Occurrence Ref": "OCC5", "Risk Level": ""],
      ])
    let set = try F.read(text, as: .policeMissing, name: "p.csv")
    #expect(set.policeMissing.count == 5)
    #expect(set.policeMissing.map(\.homeLA) == [nil, nil, nil, nil, nil])
    #expect(set.policeMissing.map(\.risk) == [nil, .medium, .medium, .medium, nil])
    #expect(
      F.located(set) == [
        "p.csv:2 ING015 Gender 'X'", "p.csv:2 ING015 Risk Level 'Very high'", "p.csv:3 ING015 Home LA 'E08000027'",
        "p.csv:4 ING015 Home LA '0332'", "p.csv:5 ING015 Home LA '33'", "p.csv:6 ING030 Risk Level ''",
      ])
  }

  @Test func repeatedOccurrenceRefKeepsTheFirst() throws {
    let text = F.csv(
      .policeMissing,
      [
        ["Occurrence Ref": "OCC1", "Reported Missing": "01/04/2024"], ["Occurrence Ref": "OCC2"],
        ["Occurrence Ref": " OCC1", "Reported Missing": "05/04/2024"],
      ])
    let set = try F.read(text, as: .policeMissing, name: "p.csv")
    #expect(set.policeMissing.map(\.occurrenceRef) == ["OCC1", "OCC2"])
    #expect(set.policeMissing[0].reported.day == F.day("2024-04-01"))
    #expect(F.located(set) == ["p.csv:4 ING036 Occurrence Ref 'OCC1'"])
    #expect(set.findings[0].message == "the Occurrence Ref was already used on line 2; the row is left out")
    #expect(set.files[0].rows == 3 && set.files[0].rowsUsed == 2)
  }

  @Test func rowsWithoutReferencesOrReportedDateAreLeftOut() throws {
    let text = F.csv(
      .policeMissing,
      [
        ["Occurrence Ref": ""], ["Occurrence Ref": "OCC2", "Person Ref": "N/A"],
        ["Occurrence Ref": "OCC3", "Reported Missing": ""], ["Occurrence Ref": "OCC4", "Reported Missing": "45123.25"],
        ["Occurrence Ref": "OCC5"],
      ])
    let set = try F.read(text, as: .policeMissing, name: "p.csv")
    #expect(set.policeMissing.map(\.occurrenceRef) == ["OCC5"])
    #expect(
      F.located(set) == [
        "p.csv:2 ING031 Occurrence Ref ''", "p.csv:3 ING031 Person Ref 'N/A'", "p.csv:4 ING011 Reported Missing ''",
        "p.csv:5 ING012 Reported Missing '45123.25'",
      ])
  }

  @Test func foundBeforeReportedIsAQuery() throws {
    // Found at 21:00, reported at 22:15 the same day.
    let text = F.csv(.policeMissing, [["Found": "01/04/2024 21:00"]])
    let set = try F.read(text, as: .policeMissing, name: "p.csv")
    #expect(set.policeMissing.count == 1)
    #expect(F.located(set) == ["p.csv:2 ING033 Found '01/04/2024 21:00'"])
  }

  @Test func missingRequiredColumnNamesTheClosestHeader() throws {
    let header = F.headers[.policeMissing]!.map { $0 == "Risk Level" ? "Risk Lvl" : $0 }
    #expect {
      _ = try TestFiles.read(header.joined(separator: ",") + "\n", name: "police.csv")
    } throws: { error in
      (error as? RunFailure)?.description
        == "police.csv: required column 'Risk Level' is missing from this police missing-person reports file; "
        + "the closest header present is 'Risk Lvl'"
    }
  }

  @Test func coverageSpansBothFiles() throws {
    let files = [
      ("p1.csv", F.csv(.policeMissing, [["Reported Missing": "15/05/2024 10:00"]])),
      ("p2.csv", F.csv(.policeMissing, [["Reported Missing": "2024-07-31 23:59", "Found": ""]])),
    ]
    let set = try TestFiles.readAll(files)
    #expect(set.coverage(of: .policeMissing) == F.day("2024-05-15")...F.day("2024-07-31"))
    #expect(set.indexDates(of: .policeMissing) == [F.day("2024-05-15"), F.day("2024-07-31")])
    #expect(set.coverage(of: .missingEpisodes) == nil)
    #expect(set.policeMissing.map(\.file) == [0, 1])
  }
}
