import Foundation
import Testing

/// CIN census XML through the built binary: validate, run, and a hostile file refused.
@Suite struct CensusRunTests {
  /// A 2023/24 census (GenderCurrent layout) with two synthetic children: one assessed, enquired
  /// into, conferenced and on a plan at 31 March 2024; one referred and closed with no further action.
  /// No DfE error: only queries a two-child file cannot avoid (fewer than 8 disability codes, no
  /// UPN for a school-age child, RC8 without an assessment).
  static let census = """
    <?xml version="1.0" encoding="UTF-8"?>
    <Message>
      <Header>
        <CollectionDetails><Collection>CIN</Collection><Year>2024</Year><ReferenceDate>2024-03-31</ReferenceDate></CollectionDetails>
        <Source><SourceLevel>L</SourceLevel><LEA>332</LEA><SoftwareCode>Synthetic</SoftwareCode><Release>1</Release><SerialNo>1</SerialNo><DateTime>2024-05-01T09:00:00</DateTime></Source>
      </Header>
      <Children>
        <Child>
          <ChildIdentifiers><LAchildID>SYN001</LAchildID><PersonBirthDate>2015-03-27</PersonBirthDate><GenderCurrent>1</GenderCurrent></ChildIdentifiers>
          <ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>
          <CINdetails>
            <CINreferralDate>2023-06-05</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>
            <ReferralNFA>false</ReferralNFA>
            <Assessments><AssessmentActualStartDate>2023-06-05</AssessmentActualStartDate><AssessmentAuthorisationDate>2023-07-03</AssessmentAuthorisationDate>
              <FactorsIdentifiedAtAssessment><AssessmentFactors>2B</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>
            <Section47><S47ActualStartDate>2023-06-06</S47ActualStartDate><InitialCPCtarget>2023-06-27</InitialCPCtarget><DateOfInitialCPC>2023-06-26</DateOfInitialCPC><ICPCnotRequired>0</ICPCnotRequired></Section47>
            <ChildProtectionPlans><CPPstartDate>2023-06-26</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP>
              <Reviews><CPPreviewDate>2023-09-20</CPPreviewDate><CPPreviewDate>2024-03-14</CPPreviewDate></Reviews></ChildProtectionPlans>
          </CINdetails>
        </Child>
        <Child>
          <ChildIdentifiers><LAchildID>SYN002</LAchildID><PersonBirthDate>2012-01-09</PersonBirthDate><GenderCurrent>2</GenderCurrent></ChildIdentifiers>
          <ChildCharacteristics><Ethnicity>WIRI</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>
          <CINdetails>
            <CINreferralDate>2023-11-01</CINreferralDate><ReferralSource>5A</ReferralSource><PrimaryNeedCode>N9</PrimaryNeedCode>
            <CINclosureDate>2023-11-01</CINclosureDate><ReasonForClosure>RC8</ReasonForClosure><ReferralNFA>true</ReferralNFA>
          </CINdetails>
        </Child>
      </Children>
    </Message>

    """

  @Test func aCensusFileIsValidatedAndItsIndicatorsComputed() throws {
    let dir = Binary.temporaryDirectory("census")
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("input")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    try Data(Self.census.utf8).write(to: input.appendingPathComponent("return.xml"))
    let v = try Binary.run(["validate", input.path])
    #expect(v.status == 0, "\(v.stderr)")
    #expect(v.stdout.contains("0 CSV extract files and 1 CIN census files read"))
    let (r, folder) = try Binary.runPipeline(
      "census", source: input, in: dir, period: "2023-24",
      indicators: "assessments, s47_conferences, child_protection_plans, cin_cla", outputs: nil)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.contains("LA 332 taken from the CIN census header"))
    let csv = try String(contentsOf: folder.appendingPathComponent("indicators.csv"), encoding: .utf8)
    // One assessment authorised in 2023-24, 20 working days after its start: within 45.
    #expect(
      csv.contains(
        "assessments_45wd,Assessments completed within 45 working days,,2023-24,2023-04-01,2024-03-31,1,1,100.0"))
    // One child on a plan at 31 March 2024.
    #expect(
      csv.contains("cpp_at_end,Children on a child protection plan at period end,,2023-24,2023-04-01,2024-03-31,1,,1"))
    #expect(csv.contains("s47_started,Section 47 enquiries started,,2023-24,2023-04-01,2024-03-31,1,,1"))
  }

  @Test func withNoReferralsListTheFrontDoorComesFromTheCensus() throws {
    let dir = Binary.temporaryDirectory("census-front-door")
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = try Binary.inputFolder(["return.xml": Self.census], in: dir)
    let (r, folder) = try Binary.runPipeline(
      "census", source: input, in: dir, period: "2023-24", settings: ["la: \"332\""], indicators: "front_door")
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.contains("come from the CIN census's episodes"))
    let csv = try String(contentsOf: folder.appendingPathComponent("indicators.csv"), encoding: .utf8)
    // Two referrals in 2023-24, neither a re-referral; one of the two answered NFA true.
    #expect(csv.contains("referrals,Referrals received,,2023-24,2023-04-01,2024-03-31,2,,2,"))
    #expect(csv.contains("rereferrals_12m,Re-referrals within 12 months,,2023-24,2023-04-01,2024-03-31,0,2,0.0,"))
    #expect(csv.contains("referrals_nfa,Referrals with no further action,,2023-24,2023-04-01,2024-03-31,1,2,50.0,"))
  }

  /// The same two children in the census of `year` (the year ending 31 March `year`): dates move
  /// by whole years, and from 2024/25 the child's sex is written `Sex` M/F instead of
  /// `GenderCurrent` 1/2.
  static func census(year: Int) -> String {
    var text = census.replacingOccurrences(of: "2024-", with: "\(year)-").replacingOccurrences(
      of: "2023-", with: "\(year - 1)-"
    ).replacingOccurrences(of: "<Year>2024</Year>", with: "<Year>\(year)</Year>")
    if year >= 2025 {
      text = text.replacingOccurrences(of: "<GenderCurrent>1</GenderCurrent>", with: "<Sex>M</Sex>")
        .replacingOccurrences(of: "<GenderCurrent>2</GenderCurrent>", with: "<Sex>F</Sex>")
    }
    return text
  }

  @Test("Each supported census year is validated and run", arguments: [2024, 2025, 2026])
  func everySupportedYear(year: Int) throws {
    let dir = Binary.temporaryDirectory("census-\(year)")
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("input")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    let xml = Self.census(year: year)
    #expect(xml.contains(year >= 2025 ? "<Sex>F</Sex>" : "<GenderCurrent>2</GenderCurrent>"))
    try Data(xml.utf8).write(to: input.appendingPathComponent("return.xml"))
    let v = try Binary.run(["validate", input.path])
    #expect(v.status == 0, "\(v.stderr)")
    #expect(v.stdout.contains("1 CIN census files read"))
    #expect(!v.stdout.contains("error"), "\(v.stdout)")
    let label = "\(year - 1)-\(String(year).suffix(2))"
    let (r, folder) = try Binary.runPipeline(
      "census", source: input, in: dir, period: label,
      indicators: "assessments, s47_conferences, child_protection_plans, cin_cla", outputs: nil)
    #expect(r.status == 0, "\(r.stderr)")
    let csv = try String(contentsOf: folder.appendingPathComponent("indicators.csv"), encoding: .utf8)
    let span = "\(label),\(year - 1)-04-01,\(year)-03-31"
    #expect(csv.contains("s47_started,Section 47 enquiries started,,\(span),1,,1"))
    #expect(csv.contains("cpp_at_end,Children on a child protection plan at period end,,\(span),1,,1"))
  }

  @Test func billionLaughsIsRefusedAtOnceWithExit65() throws {
    let dir = Binary.temporaryDirectory("laughs")
    defer { try? FileManager.default.removeItem(at: dir) }
    var entities = "<!ENTITY lol \"lol\">"
    for i in 1...9 {
      let prev = i == 1 ? "lol" : "lol\(i - 1)"
      entities += "<!ENTITY lol\(i) \"" + String(repeating: "&\(prev);", count: 10) + "\">"
    }
    let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Message [\(entities)]>\n<Message>&lol9;</Message>\n"
    try Data(xml.utf8).write(to: dir.appendingPathComponent("bomb.xml"))
    let start = Date()
    let r = try Binary.run(["validate", dir.path])
    #expect(Date().timeIntervalSince(start) < 5)
    #expect(r.status == 65)
    #expect(r.stderr.contains("DOCTYPE"))
  }
}
