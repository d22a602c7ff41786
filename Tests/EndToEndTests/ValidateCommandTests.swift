import Foundation
import Testing

/// `safeguard validate`, `rules` and `explain` on census files, as an analyst runs them.
@Suite struct ValidateCommandTests {
  static func censusFile(children: String, reference: String = "2025-03-31") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <Message><Header><CollectionDetails><Collection>CIN</Collection><Year>\(reference.prefix(4))</Year>\
    <ReferenceDate>\(reference)</ReferenceDate></CollectionDetails><Source><SourceLevel>L</SourceLevel>\
    <LEA>332</LEA><SoftwareCode>x</SoftwareCode><Release>1</Release><SerialNo>1</SerialNo>\
    <DateTime>2025-04-10T10:00:00</DateTime></Source></Header>
    <Children>\(children)</Children></Message>
    """
  }

  /// A child whose assessment was authorised the day before it started (rule 8608).
  static let faultyChild = """
    <Child><ChildIdentifiers><LAchildID>BAD1</LAchildID><PersonBirthDate>2015-01-01</PersonBirthDate>\
    <Sex>F</Sex></ChildIdentifiers><CINdetails><CINreferralDate>2024-05-01</CINreferralDate>\
    <Assessments><AssessmentActualStartDate>2024-05-10</AssessmentActualStartDate>\
    <AssessmentAuthorisationDate>2024-05-09</AssessmentAuthorisationDate></Assessments></CINdetails></Child>
    """

  static func write(_ text: String, _ tag: String) throws -> URL {
    let dir = Binary.temporaryDirectory(tag)
    try Data(text.utf8).write(to: dir.appendingPathComponent("cin.xml"))
    return dir
  }

  @Test func aDfEErrorExits65AndIsReportedWithItsPlaces() throws {
    let dir = try Self.write(Self.censusFile(children: Self.faultyChild), "validate-error")
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("out")
    let r = try Binary.run([
      "validate", dir.appendingPathComponent("cin.xml").path, "--rule", "8608", "--out", out.path,
    ])
    #expect(r.status == 65, "\(r.stderr)")
    #expect(r.stdout.contains("8608"))
    let detail = String(
      decoding: try Data(contentsOf: out.appendingPathComponent("data_quality_detail.PERSONAL.csv")), as: UTF8.self)
    #expect(detail.contains("8608,error,cin_census,cin.xml,"))
    #expect(detail.contains("BAD1,AssessmentActualStartDate,2024-05-10"))
    #expect(detail.contains("BAD1,AssessmentAuthorisationDate,2024-05-09"))
    let summary = String(decoding: try Data(contentsOf: out.appendingPathComponent("data_quality.csv")), as: UTF8.self)
    #expect(
      summary.contains(
        "8608,error,cin_census,Assessment Start Date cannot be later than its End Date,1,1,2024-25,assessments"))
  }

  @Test func failOnNeverExits0AndByChildGroupsTheIssues() throws {
    let dir = try Self.write(Self.censusFile(children: Self.faultyChild), "validate-never")
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try Binary.run(["validate", dir.path, "--rule", "8608", "--fail-on", "never", "--by-child"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("child BAD1 (2 findings)"))
    #expect(r.stdout.contains("[8608 error] cin.xml:"))
  }

  @Test func aCensusWithNoChildIsAnError() throws {
    let dir = try Self.write(Self.censusFile(children: ""), "validate-empty")
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try Binary.run(["validate", dir.path])
    #expect(r.status == 65)
    #expect(r.stdout.contains("CIN012"))
  }

  @Test func validateRefusesWhatRunRefuses() throws {
    // Two of three referral rows have impossible dates: more than the 5% a run allows.
    let dir = Binary.temporaryDirectory("validate-tolerance")
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = try Binary.inputFolder(
      ["l3.csv": "Child Unique ID,Date of referral,Referral NFA?\nA1,01/04/2024,N\nA2,31/02/2024,N\nA3,32/05/2024,N"],
      in: dir)
    let r = try Binary.run(["validate", input.path, "--fail-on", "never"])
    #expect(r.status == 65, "\(r.stdout)")
    #expect(r.stderr.contains("more than the 5.0% allowed"))
  }

  @Test func aBadYearOrRuleIsAUsageError() throws {
    #expect(try Binary.run(["validate", "Fixtures/cin-census", "--year", "2019-21"]).status == 64)
    #expect(try Binary.run(["validate", "Fixtures/cin-census", "--rule", "12345"]).status == 64)
  }

  @Test func rulesAndExplainDescribeTheRules() throws {
    let rules = try Binary.run(["rules", "--year", "2024-25"])
    #expect(rules.status == 0)
    #expect(rules.stdout.contains("8608   error     assessments"))
    let explain = try Binary.run(["explain", "8608"])
    #expect(explain.status == 0)
    #expect(explain.stdout.contains("8608: Assessment Start Date cannot be later than its End Date"))
    #expect(explain.stdout.contains("years:      2023-24 on"))
    #expect(try Binary.run(["explain", "referrals"]).status == 0)
  }
}
