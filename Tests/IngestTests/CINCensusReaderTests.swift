import Foundation
import SafeguardCore
import SafeguardKernels
import Testing
import Transform

@testable import Ingest

#if canImport(Glibc)
  import Glibc
#endif

/// Synthetic CIN census XML, written by the tests (no sample files are copied).
private enum CensusXML {
  static func header(year: Int = 2024, referenceDate: String = "2024-03-31") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <Message>
      <Header>
        <CollectionDetails>
          <Collection>CIN</Collection>
          <Year>\(year)</Year>
          <ReferenceDate>\(referenceDate)</ReferenceDate>
        </CollectionDetails>
        <Source>
          <SourceLevel>L</SourceLevel>
          <LEA>332</LEA>
          <SoftwareCode>Synthetic CMS</SoftwareCode>
          <Release>ver 1.2</Release>
          <SerialNo>007</SerialNo>
          <DateTime>2024-05-01T09:00:00</DateTime>
        </Source>
      </Header>
      <Children>

    """
  }

  static let footer = "  </Children>\n</Message>\n"

  static func file(year: Int = 2024, _ children: [String]) -> String { header(year: year) + children.joined() + footer }

  static func child(
    id: String? = "C100", sex: String = "<GenderCurrent>2</GenderCurrent>", _ episodes: [String]
  ) -> String {
    """
        <Child>
          <ChildIdentifiers>
    \(id.map { "        <LAchildID>\($0)</LAchildID>\n" } ?? "")\
            <UPN>A123456789012</UPN>
            <FormerUPN>B123456789012</FormerUPN>
            <UPNunknown>UN1</UPNunknown>
            <PersonBirthDate>2015-06-01</PersonBirthDate>
            <ExpectedPersonBirthDate>2015-05-28</ExpectedPersonBirthDate>
            \(sex)
            <PersonDeathDate>2024-03-01</PersonDeathDate>
          </ChildIdentifiers>
          <ChildCharacteristics>
            <Ethnicity>WBRI</Ethnicity>
            <Disabilities>
              <Disability>HAND</Disability>
              <Disability>hear</Disability>
            </Disabilities>
          </ChildCharacteristics>
    \(episodes.joined())\
        </Child>

    """
  }

  /// An episode with every module; `extra` goes after the referral date.
  static func episode(
    referral: String = "2023-05-02", nfa: String = "0", icpcNotRequired: String = "false", extra: String = ""
  ) -> String {
    """
          <CINdetails>
            <CINreferralDate>\(referral)</CINreferralDate>
    \(extra)\
            <ReferralSource>3a</ReferralSource>
            <PrimaryNeedCode>N1</PrimaryNeedCode>
            <CINclosureDate>2024-02-20</CINclosureDate>
            <ReasonForClosure>RC7</ReasonForClosure>
            <DateOfInitialCPC>2023-05-25</DateOfInitialCPC>
            <Assessments>
              <AssessmentActualStartDate>2023-05-03</AssessmentActualStartDate>
              <AssessmentInternalReviewDate>2023-05-20</AssessmentInternalReviewDate>
              <AssessmentAuthorisationDate>2023-06-01</AssessmentAuthorisationDate>
              <FactorsIdentifiedAtAssessment>
                <AssessmentFactors>1C</AssessmentFactors>
                <AssessmentFactors>4A</AssessmentFactors>
              </FactorsIdentifiedAtAssessment>
            </Assessments>
            <Assessments>
              <AssessmentActualStartDate>2023-09-01</AssessmentActualStartDate>
            </Assessments>
            <CINPlanDates>
              <CINPlanStartDate>2023-06-02</CINPlanStartDate>
              <CINPlanEndDate>2023-06-30</CINPlanEndDate>
            </CINPlanDates>
            <Section47>
              <S47ActualStartDate>2023-05-04</S47ActualStartDate>
              <InitialCPCtarget>2023-05-26</InitialCPCtarget>
              <DateOfInitialCPC>2023-05-25</DateOfInitialCPC>
              <ICPCnotRequired>\(icpcNotRequired)</ICPCnotRequired>
            </Section47>
            <ReferralNFA>\(nfa)</ReferralNFA>
            <ChildProtectionPlans>
              <CPPstartDate>2023-05-25</CPPstartDate>
              <CPPendDate>2024-02-20</CPPendDate>
              <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
              <LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse>
              <NumberOfPreviousCPP>2</NumberOfPreviousCPP>
              <Reviews>
                <CPPreviewDate>2023-11-20</CPPreviewDate>
                <CPPreviewDate>2023-08-10</CPPreviewDate>
              </Reviews>
            </ChildProtectionPlans>
          </CINdetails>

    """
  }

  /// 1-based lines of the lines containing `needle`.
  static func lines(of needle: String, in text: String) -> [Int] {
    text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().filter { $0.element.contains(needle) }
      .map { $0.offset + 1 }
  }
}

private func read(_ text: String, name: String = "cin.xml") throws -> (CINCensusFile, [Finding], ChildRegistry) {
  try read(bytes: Array(text.utf8), name: name)
}

private func read(bytes: [UInt8], name: String = "cin.xml") throws -> (CINCensusFile, [Finding], ChildRegistry) {
  let path = TestFiles.path(name)
  _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
  defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
  let registry = ChildRegistry()
  let (census, findings) = try CINCensusReader().read(path: path, name: name, children: registry)
  return (CensusRecords.file(from: census), findings, registry)
}

/// The run failure `body` throws, if any.
private func failure(_ body: () throws -> Void) -> RunFailure? {
  do { try body() } catch { return error as? RunFailure }
  return nil
}

private func day(_ iso: String) -> Day { Day(iso: iso)! }

@Suite struct CINCensusLayoutTests {
  @Test func batchesHandOverFullBatchesInFileOrderWithTheHeaderAndKeepTheRest() throws {
    let ids = (1...7).map { "C\($0)" }
    let text = CensusXML.file(ids.map { CensusXML.child(id: $0, []) })
    let path = TestFiles.path("cin.xml")
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
    nonisolated(unsafe) var handed: [[String]] = []
    nonisolated(unsafe) var headers: [CensusHeaderElements] = []
    let (census, _) = try CINCensusReader().read(
      path: path, name: "cin.xml", children: ChildRegistry(),
      batches: CINCensusReader.Batches(size: 3) { children, header in
        handed.append(children.map { $0.laChildID.value ?? "" })
        headers.append(header)
      })
    // Two full batches; the seventh child stays with the caller.
    #expect(handed == [["C1", "C2", "C3"], ["C4", "C5", "C6"]])
    #expect(headers.allSatisfy { $0 == census.header } && census.header.referenceDate.value != nil)
    #expect(census.children.map(\.laChildID.value) == ids)
  }

  @Test func genderCurrentLayoutReadsEveryField() throws {
    let text = CensusXML.file([CensusXML.child([CensusXML.episode()])])
    let (file, findings, registry) = try read(text)
    #expect(findings.isEmpty)
    #expect(file.file == "cin.xml")
    #expect(file.layout == "GenderCurrent")
    let h = file.header
    #expect(h.year == 2024 && h.referenceDate == day("2024-03-31") && h.la == LACode("332"))
    #expect(
      h.sourceLevel == "L" && h.softwareCode == "Synthetic CMS" && h.release == "ver 1.2" && h.serialNumber == "007")
    try #require(file.children.count == 1 && file.episodes.count == 1)
    let c = file.children[0]
    #expect(registry[c.child] == "C100" && registry.count == 1)
    #expect(c.upn == "A123456789012" && c.birthDate == day("2015-06-01") && c.expectedBirthDate == day("2015-05-28"))
    #expect(c.sex == .female && c.ethnicity == "WBRI" && c.disabilities == ["HAND", "HEAR"])
    #expect(c.deathDate == day("2024-03-01"))
    let e = file.episodes[0]
    #expect(e.child == c.child && e.line == CensusXML.lines(of: "<CINdetails>", in: text)[0])
    #expect(e.referralDate == day("2023-05-02") && e.referralSource == "3A" && e.primaryNeed == "N1")
    #expect(e.closureDate == day("2024-02-20") && e.reasonForClosure == "RC7" && e.icpcDate == day("2023-05-25"))
    #expect(e.nfa == .no)
    #expect(
      e.assessments == [
        AssessmentRecord(
          start: day("2023-05-03"), internalReview: day("2023-05-20"), authorised: day("2023-06-01"),
          factors: ["1C", "4A"]),
        AssessmentRecord(start: day("2023-09-01")),
      ])
    #expect(e.cinPlans == [CINPlanDates(start: day("2023-06-02"), end: day("2023-06-30"))])
    #expect(
      e.section47s == [
        Section47Enquiry(
          start: day("2023-05-04"), icpcTarget: day("2023-05-26"), icpcDate: day("2023-05-25"), icpcNotRequired: .no)
      ])
    #expect(
      e.plans == [
        ChildProtectionPlan(
          start: day("2023-05-25"), end: day("2024-02-20"), initialCategory: "NEG", latestCategory: "EMO",
          previousPlans: 2, reviews: [day("2023-08-10"), day("2023-11-20")])
      ])
  }

  @Test(arguments: [
    ("<Sex>M</Sex>", Sex.male), ("<Sex>F</Sex>", .female), ("<Sex>U</Sex>", .unknown), ("<Sex>1</Sex>", .male),
    ("<Sex>2</Sex>", .female), ("<Sex>0</Sex>", .unknown), ("<Sex>9</Sex>", .unknown),
  ])
  func sexLayoutReadsTheSameModel(element: String, sex: Sex) throws {
    let (file, findings, _) = try read(
      CensusXML.file(year: 2025, [CensusXML.child(sex: element, [CensusXML.episode()])]))
    #expect(findings.isEmpty)
    #expect(file.layout == "Sex" && file.header.year == 2025)
    #expect(file.children.map(\.sex) == [sex])
    let (gender, _, _) = try read(CensusXML.file([CensusXML.child([CensusXML.episode()])]))
    var expected = gender.episodes[0]
    expected.child = file.episodes[0].child
    #expect(file.episodes == [expected])
  }

  @Test func layoutIsNoneWithoutEitherElement() throws {
    let (file, _, _) = try read(CensusXML.file([CensusXML.child(sex: "", [CensusXML.episode()])]))
    #expect(file.layout == "none" && file.children[0].sex == nil)
  }

  @Test func twoEpisodesForOneChildKeepFileOrderAndTheirLines() throws {
    let text = CensusXML.file([
      CensusXML.child([CensusXML.episode(referral: "2023-05-02"), CensusXML.episode(referral: "2022-01-10")]),
      CensusXML.child(id: "C200", [CensusXML.episode(referral: "2023-07-07")]),
    ])
    let (file, findings, registry) = try read(text)
    #expect(findings.isEmpty)
    #expect(file.episodes.map(\.referralDate) == [day("2023-05-02"), day("2022-01-10"), day("2023-07-07")])
    #expect(file.episodes.map { registry[$0.child] } == ["C100", "C100", "C200"])
    #expect(file.episodes.map(\.line) == CensusXML.lines(of: "<CINdetails>", in: text))
  }
}

@Suite struct CINCensusFindingTests {
  @Test(arguments: [
    ("true", YesNo.yes), ("TRUE", .yes), ("True", .yes), ("1", .yes), ("false", .no), ("FALSE", .no),
    ("False", .no), ("fAlSe", .no), ("0", .no), ("", .unknown),
  ])
  func booleansInEveryAcceptedForm(text: String, answer: YesNo) throws {
    let (file, findings, _) = try read(
      CensusXML.file([CensusXML.child([CensusXML.episode(nfa: text, icpcNotRequired: text)])]))
    #expect(findings.isEmpty)
    #expect(file.episodes[0].nfa == answer && file.episodes[0].section47s[0].icpcNotRequired == answer)
  }

  @Test func aBooleanOutsideTheListIsAFindingAndUnknown() throws {
    let text = CensusXML.file([CensusXML.child([CensusXML.episode(nfa: "yes")])])
    let (file, findings, _) = try read(text)
    #expect(file.episodes[0].nfa == .unknown)
    #expect(findings.count == 1)
    let f = try #require(findings.first)
    #expect(f.rule == CINRules.badYesNo && f.field == "ReferralNFA" && f.value == "yes" && f.childRef == "C100")
    #expect(f.line == CensusXML.lines(of: "<ReferralNFA>", in: text)[0] && f.file == "cin.xml")
  }

  @Test func anImpossibleDateIsAFindingWithItsLine() throws {
    let text = CensusXML.file([CensusXML.child([CensusXML.episode(referral: "2024-02-30")])])
    let (file, findings, _) = try read(text)
    #expect(file.episodes.count == 1 && file.episodes[0].referralDate == nil)
    let bad = try #require(findings.first { $0.rule == CINRules.badDate })
    #expect(bad.field == "CINreferralDate" && bad.value == "2024-02-30" && bad.childRef == "C100")
    #expect(bad.line == CensusXML.lines(of: "<CINreferralDate>", in: text)[0] && bad.message.contains("no such date"))
    let missing = try #require(findings.first { $0.rule == CINRules.missingReferralDate })
    #expect(missing.line == file.episodes[0].line)
  }

  @Test(arguments: ["30/01/2024", "2024-1-30", "2024-01-30T10:00:00"])
  func aDateNotWrittenYearMonthDayIsAFinding(text: String) throws {
    let (file, findings, _) = try read(CensusXML.file([CensusXML.child([CensusXML.episode(referral: text)])]))
    #expect(file.episodes[0].referralDate == nil)
    #expect(findings.contains { $0.rule == CINRules.badDate && $0.value == text })
  }

  @Test func aChildWithoutLAchildIDIsLeftOutWithItsEpisodes() throws {
    let text = CensusXML.file([
      CensusXML.child(id: nil, [CensusXML.episode(), CensusXML.episode()]),
      CensusXML.child(id: "C200", [CensusXML.episode()]),
    ])
    let (file, findings, registry) = try read(text)
    #expect(file.children.count == 1 && file.episodes.count == 1 && registry.count == 1)
    #expect(registry[file.episodes[0].child] == "C200")
    #expect(findings.count == 1)
    let f = try #require(findings.first)
    #expect(f.rule == CINRules.missingChildID && f.line == CensusXML.lines(of: "<Child>", in: text)[0])
    #expect(f.message.contains("2 CIN episodes"))
  }

  @Test func codesOutsideTheListsAreQueries() throws {
    let text = CensusXML.file([
      CensusXML.child(
        sex: "<GenderCurrent>X</GenderCurrent>",
        [
          CensusXML.episode().replacingOccurrences(of: "3a", with: "11")
            .replacingOccurrences(of: "RC7", with: "RC0").replacingOccurrences(of: ">NEG<", with: ">ABC<")
        ])
    ])
    let (file, findings, _) = try read(text)
    #expect(findings.allSatisfy { $0.rule == CINRules.unknownCode })
    #expect(
      Set(findings.compactMap(\.field)) == [
        "GenderCurrent", "ReferralSource", "ReasonForClosure", "InitialCategoryOfAbuse",
      ])
    #expect(
      file.children[0].sex == nil && file.episodes[0].referralSource == "11"
        && file.episodes[0].plans[0].initialCategory == "ABC")
  }

  @Test func unknownElementBlocksAreSkippedWholeWithOneWarning() throws {
    let block = """
              <PreProceedingsandFGDM>
                <PPStartDate>2026-09-09</PPStartDate>
                <ReferralSource>XX</ReferralSource>
                <Nested><Deeper>text</Deeper></Nested>
              </PreProceedingsandFGDM>

      """
    let text = CensusXML.file(
      year: 2026,
      [CensusXML.child(sex: "<Sex>F</Sex>", [CensusXML.episode(extra: block), CensusXML.episode(extra: block)])])
    let (file, findings, _) = try read(text)
    #expect(file.episodes.count == 2 && file.episodes.allSatisfy { $0.referralSource == "3A" && $0.plans.count == 1 })
    #expect(findings.count == 1)
    #expect(findings.first?.rule == CINRules.unknownElement && findings.first?.field == "PreProceedingsandFGDM")
  }

  @Test func escapedCharactersAreTextNotEntities() throws {
    let text = CensusXML.file([CensusXML.child([CensusXML.episode()])])
      .replacingOccurrences(of: "Synthetic CMS", with: "Smith &amp; Co &#169; <![CDATA[<v2>]]>")
    let (file, findings, _) = try read(text)
    #expect(findings.isEmpty && file.header.softwareCode == "Smith & Co © <v2>")
  }

  @Test(arguments: [false, true])
  func utf16FilesAreRead(bigEndian: Bool) throws {
    let text = CensusXML.file([CensusXML.child([CensusXML.episode()])])
      .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
    let (file, findings, registry) = try read(bytes: TestFiles.utf16(text, bigEndian: bigEndian))
    #expect(findings.isEmpty && file.episodes.count == 1 && registry[file.children[0].child] == "C100")
    let doctype = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE Message [<!ENTITY a \"b\">]>\n<Message/>\n"
    let error = failure { _ = try read(bytes: TestFiles.utf16(doctype, bigEndian: bigEndian)) }
    #expect(error?.exitStatus == .dataError && error?.description.contains("declares a DOCTYPE") == true)
  }

  @Test func strayTextBetweenElementsIsIgnored() throws {
    let text = CensusXML.file([CensusXML.child([CensusXML.episode()])])
      .replacingOccurrences(of: "<UPNunknown>UN1</UPNunknown>", with: "<UPNunknown>UN1</UPNunknown>PersonBirthDate")
    let (file, findings, _) = try read(text)
    #expect(findings.isEmpty && file.children[0].birthDate == day("2015-06-01"))
  }
}

@Suite struct CINCensusSafetyTests {
  @Test func billionLaughsIsRejectedQuickly() throws {
    var entities = "<!ENTITY lol0 \"lol\">\n"
    for i in 1...9 { entities += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1);", count: 10) + "\">\n" }
    let text =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE Message [\n\(entities)]>\n<Message><Header><Year>&lol9;</Year></Header></Message>\n"
    let start = ContinuousClock.now
    let error = failure { _ = try read(text, name: "laughs.xml") }
    #expect(ContinuousClock.now - start < .seconds(1))
    #expect(error?.exitStatus == .dataError)
    #expect(error?.description.hasPrefix("laughs.xml: the file declares a DOCTYPE; CIN census files have none") == true)
    #expect(error?.description.contains("billion laughs") == true, "\(String(describing: error))")
  }

  @Test(arguments: ["file:///etc/passwd", "http://127.0.0.1:PORT/x"])
  func externalEntitiesAreRejectedWithoutBeingFetched(url: String) throws {
    let listener = try #require(LocalListener())
    let target = url.replacingOccurrences(of: "PORT", with: "\(listener.port)")
    for doc in [
      "<!DOCTYPE Message [<!ENTITY xxe SYSTEM \"\(target)\">]>\n<Message><Children>&xxe;</Children></Message>",
      "<!DOCTYPE Message SYSTEM \"\(target)\">\n<Message><Children/></Message>",
      "<!DOCTYPE Message [<!ENTITY % p SYSTEM \"\(target)\"> %p;]>\n<Message/>",
    ] {
      let error = failure { _ = try read("<?xml version=\"1.0\"?>\n" + doc, name: "xxe.xml") }
      #expect(error?.exitStatus == .dataError)
      #expect(error?.description.contains("declares a DOCTYPE") == true)
      #expect(error?.description.contains("root:") == false)
    }
    #expect(listener.connectionAttempted == false)
  }

  @Test func malformedXMLThrowsWithFileAndLine() throws {
    let lines = [
      "<Message>", "<Header>", "<CollectionDetails>", "<Collection>CIN</Collection>", "<Year>2024</Year>",
      "<ReferenceDate>2024-03-31</ReferenceDate>", "<Release>1.0</Releese>", "</CollectionDetails>",
    ]
    let error = try #require(failure { _ = try read(lines.joined(separator: "\n") + "\n", name: "bad.xml") })
    #expect(error.exitStatus == .dataError)
    #expect(error.description.hasPrefix("bad.xml:7: Opening and ending tag mismatch"))
  }

  @Test func anUnclosedElementAtTheEndIsReported() throws {
    let error = try #require(failure { _ = try read(CensusXML.header() + "    <Child>\n", name: "cut.xml") })
    #expect(error.exitStatus == .dataError && error.description.hasPrefix("cut.xml:"))
  }

  @Test func anEmptyFileSaysSo() {
    let error = failure { _ = try read("", name: "empty.xml") }
    #expect(error?.exitStatus == .dataError && error?.description.hasPrefix("empty.xml: the file is empty") == true)
  }

  @Test func aMissingFileIsNoInput() {
    let error = failure {
      _ = try CINCensusReader().read(path: "/nonexistent/cin.xml", name: "cin.xml", children: ChildRegistry())
    }
    #expect(error?.exitStatus == .noInput && error?.description.contains("cin.xml") == true)
  }

  @Test func anotherRootElementIsNotACensus() {
    let error = failure { _ = try read("<Contacts><Child/></Contacts>\n") }
    #expect(error?.exitStatus == .dataError && error?.description.contains("not a CIN census file") == true)
  }

  @Test func episodeLinesStayRightPastLine65535() throws {
    let episodes = (0..<1_800).map { i in CensusXML.episode(referral: "2023-05-\(String(format: "%02d", i % 28 + 1))") }
    let text = CensusXML.file([CensusXML.child(episodes)])
    let expected = CensusXML.lines(of: "<CINdetails>", in: text)
    try #require(expected.last! > 70_000)
    let (file, findings, _) = try read(text)
    #expect(findings.isEmpty)
    #expect(file.episodes.map(\.line) == expected)
  }
}

/// A TCP listener on 127.0.0.1 that records whether anything tried to connect.
private final class LocalListener {
  let fd: Int32
  let port: UInt16

  init?() {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var addr = sockaddr_in()
    addr.sin_family = sa_family_t(AF_INET)
    addr.sin_addr.s_addr = inet_addr("127.0.0.1")
    var len = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &addr) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) == 0 && getsockname(fd, $0, &len) == 0 }
    }
    guard fd >= 0, bound, listen(fd, 4) == 0 else { return nil }
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    self.fd = fd
    port = UInt16(bigEndian: addr.sin_port)
  }

  deinit { close(fd) }

  var connectionAttempted: Bool {
    let c = accept(fd, nil, nil)
    if c >= 0 { close(c) }
    return c >= 0
  }
}
