import Foundation
import SafeguardCore
import Testing

@testable import Ingest

private typealias F = MissingAndLADOFiles

@Suite struct LADOExtractTests {
  @Test func canonicalHeadersGiveEveryField() throws {
    let text = """
      LADO Ref,Person Ref,Date Received,Contact Type,Referrer Agency,Employment Sector,Allegation Category,Threshold Met,Strategy Meeting Date,Outcome,Date Concluded
      L1, A1 ,01/04/2024,Referral,Police,Education,Physical,Y,03/04/2024,Substantiated,2024-06-30
      L2,A2,2024-04-02,consultation,Health,Early Years,,,,,
      """
    let set = try F.read(text, as: .lado, name: "lado.csv")
    #expect(set.findings.isEmpty)
    let c = set.ladoContacts
    try #require(c.count == 2)
    #expect(c.map(\.ref) == ["L1", "L2"] && c.map(\.person) == ["A1", "A2"])
    #expect(c.map(\.received) == [F.day("2024-04-01"), F.day("2024-04-02")])
    #expect(c.map(\.type) == [.referral, .consultation])
    #expect(c.map(\.referrer) == [.police, .health] && c.map(\.sector) == [.education, .earlyYears])
    #expect(c[0].category == .physical && c[0].thresholdMet == .yes && c[0].meeting == F.day("2024-04-03"))
    #expect(c[0].outcome == .substantiated && c[0].concluded == F.day("2024-06-30"))
    #expect(c[1].category == nil && c[1].thresholdMet == .unknown && c[1].outcome == nil && c[1].concluded == nil)
    let s = set.files[0]
    #expect(s.kind == .lado && s.rows == 2 && s.rowsUsed == 2)
    #expect(s.firstDate == F.day("2024-04-01") && s.lastDate == F.day("2024-04-02"))
  }

  @Test func aliases() throws {
    let text = """
      LADO Reference,Person ID,Received Date,Type of Contact,Referring Agency,Sector,Category of Allegation,Harm Threshold Met?,Date of Strategy Meeting,Allegation Outcome,Date Closed,Team
      L1,A1,01/04/2024,Referral,Ofsted,Foster Care,Suitability,No,,Ongoing,,North
      """
    let set = try F.read(text, as: .lado)
    #expect(set.findings.isEmpty)
    let c = try #require(set.ladoContacts.first)
    #expect(c.referrer == .ofsted && c.sector == .fosterCare && c.category == .suitability)
    #expect(c.thresholdMet == .no && c.outcome == .ongoing)
    #expect(set.files[0].ignoredColumns == ["Team"])
  }

  @Test(arguments: [
    "Children's Social Care", "Childrens Social Care", "children’s social care", "CHILDREN'S  SOCIAL CARE",
    "Children's social-care", "d) Children's Social Care",
  ])
  func referrerSpellings(text: String) throws {
    let set = try F.read(F.csv(.lado, [["Referrer Agency": text]]), as: .lado)
    #expect(set.findings.isEmpty)
    #expect(set.ladoContacts.first?.referrer == .childrensSocialCare)
  }

  @Test func wordListsReadAmpersandAsAnd() {
    let list = WordList([("Sport and Leisure", 1), ("Health", 2)], expected: "")
    #expect(
      list.value("Sport & Leisure") == 1 && list.value("sport&leisure") == 1 && list.value("SPORT AND LEISURE") == 1)
    #expect(list.value("Sport") == nil && list.value("2 - Health") == 2)
  }

  @Test(arguments: [
    ("Substantiated", LADOOutcome.substantiated), ("unsubstantiated", .unsubstantiated), ("UNFOUNDED", .unfounded),
    ("False", .falseAllegation), ("Malicious", .malicious), ("ongoing", .ongoing),
  ])
  func outcomes(text: String, outcome: LADOOutcome) throws {
    let set = try F.read(F.csv(.lado, [["Outcome": text]]), as: .lado)
    #expect(set.ladoContacts.first?.outcome == outcome)
  }

  @Test func referralsNeedCategoryThresholdAndOutcome() throws {
    let text = F.csv(
      .lado,
      [
        ["Contact Type": "Referral"],
        [
          "LADO Ref": "L2", "Contact Type": "Referral", "Allegation Category": "Neglect", "Threshold Met": "N",
          "Outcome": "Unfounded",
        ],
        ["LADO Ref": "L3"],
      ])
    let set = try F.read(text, as: .lado, name: "l.csv")
    #expect(set.ladoContacts.count == 3)
    #expect(
      F.located(set) == [
        "l.csv:2 ING035 Allegation Category ''", "l.csv:2 ING035 Threshold Met ''", "l.csv:2 ING035 Outcome ''",
      ])
  }

  @Test func checksAndUnknownValues() throws {
    let text = F.csv(
      .lado,
      [
        ["Date Concluded": "31/03/2024", "Referrer Agency": "Neighbour"],
        ["LADO Ref": "L2", "Employment Sector": "", "Threshold Met": "perhaps"],
        ["LADO Ref": "L3", "Contact Type": "Advice"], ["LADO Ref": "L1", "Date Received": "02/04/2024"],
        ["LADO Ref": "", "Date Received": "02/04/2024"], ["LADO Ref": "L6", "Date Received": "01/04/2024 10:00"],
      ])
    let set = try F.read(text, as: .lado, name: "l.csv")
    #expect(set.ladoContacts.map(\.ref) == ["L1", "L2"])
    #expect(set.ladoContacts[0].referrer == nil && set.ladoContacts[1].sector == nil)
    #expect(
      F.located(set) == [
        "l.csv:2 ING015 Referrer Agency 'Neighbour'", "l.csv:2 ING033 Date Concluded '31/03/2024'",
        "l.csv:3 ING030 Employment Sector ''", "l.csv:3 ING014 Threshold Met 'perhaps'",
        "l.csv:4 ING032 Contact Type 'Advice'", "l.csv:5 ING036 LADO Ref 'L1'", "l.csv:6 ING031 LADO Ref ''",
        "l.csv:7 ING012 Date Received '01/04/2024 10:00'",
      ])
    #expect(set.files[0].rows == 6 && set.files[0].rowsUsed == 2)
  }

  @Test func missingRequiredColumnNamesTheClosestHeader() throws {
    let header = F.headers[.lado]!.filter { $0 != "Outcome" } + ["Outcomes"]
    #expect {
      _ = try TestFiles.read(header.joined(separator: ",") + "\n", name: "lado.csv")
    } throws: { error in
      (error as? RunFailure)?.description
        == "lado.csv: required column 'Outcome' is missing from this LADO allegations file; "
        + "the closest header present is 'Outcomes'"
    }
  }
}
