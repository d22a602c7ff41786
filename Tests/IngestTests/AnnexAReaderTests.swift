import Foundation
import SafeguardCore
import Testing

@testable import Ingest

private let header = TestFiles.referralHeader
private let rows = [
  TestFiles.referral("C1", "01/04/2024", nfa: "Y"), TestFiles.referral("C2", "2024-04-02"),
  TestFiles.referral("C1", "3/5/2024", nfa: "N"),
]
private let expected: [(String, String, YesNo)] = [
  ("C1", "2024-04-01", .yes), ("C2", "2024-04-02", .no), ("C1", "2024-05-03", .no),
]

private func same(_ a: [(String, String, YesNo)], _ b: [(String, String, YesNo)]) -> Bool {
  a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 && $0.2 == $1.2 }
}

@Suite struct EncodingTests {
  static let text = ([header] + rows).joined(separator: "\r\n") + "\r\n"

  @Test func utf8() throws {
    let (set, _) = try TestFiles.read(Self.text)
    #expect(same(set.referralRows, expected))
    #expect(set.files[0].encoding == "UTF-8")
  }

  @Test func utf8WithBOM() throws {
    let (set, _) = try TestFiles.read([0xEF, 0xBB, 0xBF] + Array(Self.text.utf8))
    #expect(same(set.referralRows, expected))
    #expect(set.files[0].encoding == "UTF-8 with BOM")
  }

  @Test(arguments: [false, true])
  func utf16WithBOM(bigEndian: Bool) throws {
    let (set, _) = try TestFiles.read(TestFiles.utf16(Self.text, bigEndian: bigEndian))
    #expect(same(set.referralRows, expected))
    #expect(set.files[0].encoding == (bigEndian ? "UTF-16BE" : "UTF-16LE"))
  }

  @Test func utf16WithoutBOMIsRecognisedFromZeroBytes() throws {
    let (set, _) = try TestFiles.read(TestFiles.utf16(Self.text, bigEndian: false, bom: false))
    #expect(same(set.referralRows, expected))
  }

  @Test func windows1252IsDetectedAndTranscoded() throws {
    // "Team – North" with an en dash (0x96) and "Zoë" (0xEB): not valid UTF-8.
    var bytes = Array((header + "\n" + TestFiles.referral("C1", "01/04/2024", team: "Team X")).utf8)
    bytes += Array("\nC2,F,WBRI,01/01/2015,9,02/04/2024,1A,N,0,Team ".utf8) + [0x96] + Array(" North,Zo".utf8) + [0xEB]
    bytes += Array("\n".utf8)
    let (set, _) = try TestFiles.read(bytes)
    #expect(set.referrals.count == 2)
    #expect(set.files[0].encoding == "Windows-1252")
    #expect(set.findings.isEmpty)
  }

  @Test func utf16SurrogatePairsAndNonASCIIChildIDs() throws {
    let text = header + "\n" + TestFiles.referral("Zoë😀", "01/04/2024") + "\n"
    let (set, _) = try TestFiles.read(TestFiles.utf16(text, bigEndian: false))
    #expect(set.referralRows.first?.0 == "Zoë😀")
  }

  @Test func chunkBoundariesInsideMultibyteSequences() throws {
    // More than one 1 MiB read chunk of multi-byte text: sequences split across reads must survive.
    let row = TestFiles.referral("Zoë", "01/04/2024", team: "Équipe €") + "\n"
    let n = (FileBytes.chunkSize / row.utf8.count) * 2 + 7
    let text = header + "\n" + String(repeating: row, count: n)
    for bytes in [Array(text.utf8), TestFiles.utf16(text, bigEndian: true)] {
      let (set, _) = try TestFiles.read(bytes)
      #expect(set.referrals.count == n)
      #expect(set.findings.isEmpty)
      #expect(Set(set.referralRows.map(\.0)) == ["Zoë"])
    }
  }
}

@Suite struct LineEndingAndQuotingTests {
  @Test(arguments: ["\r\n", "\n", "\r"])
  func eachLineEnding(ending: String) throws {
    let text = ([header] + rows).joined(separator: ending) + ending + ending  // and a trailing blank line
    let (set, _) = try TestFiles.read(text)
    #expect(same(set.referralRows, expected))
    #expect(set.findings.isEmpty)
    #expect(set.files[0].rows == 3)
  }

  @Test func noFinalLineEnd() throws {
    let (set, _) = try TestFiles.read(([header] + rows).joined(separator: "\n"))
    #expect(same(set.referralRows, expected))
  }

  @Test func quotedDelimitersQuotesAndLineBreaks() throws {
    let text =
      [
        header,
        TestFiles.referral("C1", "01/04/2024", team: "\"Team A, North\""),
        TestFiles.referral("C2", "02/04/2024", team: "\"The \"\"Duty\"\" Team\""),
        TestFiles.referral("C3", "03/04/2024", team: "\"Team\r\nSouth\""),
        TestFiles.referral("C4", "31/02/2024"),
      ].joined(separator: "\r\n") + "\r\n"
    let (set, _) = try TestFiles.read(text)
    #expect(set.referralRows.map(\.0) == ["C1", "C2", "C3"])
    // The bad date is on physical line 6: the quoted line break in line 4's record moved it down one.
    #expect(set.findings.map(\.line) == [6])
  }

  @Test func unterminatedQuoteAtEndIsAnErrorNotAMergedField() throws {
    let text =
      [header, TestFiles.referral("C1", "01/04/2024"), "C2,F,WBRI,01/01/2015,9,02/04/2024,1A,N,0,\"Team A,W1", "C3,F"]
      .joined(separator: "\n") + "\n"
    let (set, _) = try TestFiles.read(text)
    #expect(set.referralRows.map(\.0) == ["C1"])
    #expect(set.findings.count == 1)
    let f = try #require(set.findings.first)
    #expect(f.rule.code == "ING002")
    #expect(f.line == 3)
    #expect(f.message.contains("lines 3–4"))
  }

  @Test func brokenQuotingMidFileSkipsOnlyThatRecord() throws {
    let text =
      [
        header, TestFiles.referral("C1", "01/04/2024"), "C2,F,WBRI,01/01/2015,9,02/04/2024,1A,N,0,Team \"A\" x,W1",
        TestFiles.referral("C3", "03/04/2024"),
      ].joined(separator: "\n") + "\n"
    let (set, _) = try TestFiles.read(text)
    #expect(set.referralRows.map(\.0) == ["C1", "C3"])
    #expect(set.findings.map(\.rule.code) == ["ING001"])
    #expect(set.findings.first?.line == 3)
  }

  @Test func tooManyFieldsIsLeftOut() throws {
    let text = [header, TestFiles.referral("C1", "01/04/2024") + ",extra"].joined(separator: "\n")
    let (set, _) = try TestFiles.read(text)
    #expect(set.referrals.isEmpty)
    #expect(set.findings.map(\.rule.code) == ["ING003"])
  }
}

@Suite struct HeaderTests {
  @Test func aliasesAndUntidyHeadersMap() throws {
    let text = """
      ChildID , Sex,Ethnicity,DOB,Age of Child (Years),REFERRAL  DATE,referral source ,Referral NFA (Y/N),Locality
      C1,M,WBRI,01/01/2015,9,01/04/2024,1A - Family member,Yes,North
      """
    let (set, outcome) = try TestFiles.read(text)
    #expect(same(set.referralRows, [("C1", "2024-04-01", .yes)]))
    #expect(set.findings.isEmpty)
    guard case .read(let summary) = outcome else {
      Issue.record("not read")
      return
    }
    #expect(summary.kind == .annexAReferrals)
    #expect(summary.ignoredColumns == ["Locality"])
  }

  @Test func contactsListIsRecognised() throws {
    let text =
      "Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date of Contact,Contact Source\nC1,F,WBRI,01/01/2015,9,01/04/2024,q) 6: Police\n"
    let (set, _) = try TestFiles.read(text)
    #expect(set.contacts.count == 1)
    #expect(set.files[0].kind == .annexAContacts)
    #expect(set.findings.isEmpty)
  }

  @Test func missingRequiredColumnStopsWithTheClosestHeader() throws {
    let text = "Child Unique Ref,Date of referral\nC1,01/04/2024\n"
    #expect {
      _ = try TestFiles.read(text, name: "refs.csv")
    } throws: { error in
      let e = error as? RunFailure
      return e?.exitStatus == .dataError
        && e?.description
          == "refs.csv: required column 'Child Unique ID' is missing from this Annex A list 3 (referrals) file; the closest header present is 'Child Unique Ref'"
    }
  }

  @Test func unknownFileIsReportedNotGuessed() throws {
    let (set, outcome) = try TestFiles.read("Name,Colour\nA,Blue\n")
    #expect(set.files.isEmpty)
    let reason = TestFiles.unrecognisedReason(outcome)
    #expect(reason == "matches no known extract (headers: Name, Colour)")
  }
}

@Suite struct RowFindingTests {
  @Test func badRowsBecomeFindingsWithFileLineColumnAndValue() throws {
    let text = [
      header, TestFiles.referral("C1", "31/02/2024"), TestFiles.referral("C2", "01/05/23"),
      TestFiles.referral("C3", "45123"), TestFiles.referral("", "01/04/2024"), TestFiles.referral("C5", "NULL"),
      TestFiles.referral("C6", "01/04/2024", nfa: "maybe"), TestFiles.referral("C7", "01/04/2024"),
    ].joined(separator: "\n")
    let (set, _) = try TestFiles.read(text, name: "refs.csv")
    #expect(set.referralRows.map(\.0) == ["C6", "C7"])
    #expect(set.referrals[0].nfa == .unknown)
    let got = set.findings.map { "\($0.file):\($0.line ?? 0) \($0.rule.code) \($0.field ?? "") '\($0.value ?? "")'" }
    #expect(
      got == [
        "refs.csv:2 ING012 Date of referral '31/02/2024'", "refs.csv:3 ING012 Date of referral '01/05/23'",
        "refs.csv:4 ING012 Date of referral '45123'", "refs.csv:5 ING010 Child Unique ID ''",
        "refs.csv:6 ING011 Date of referral ''", "refs.csv:7 ING014 Referral NFA? 'maybe'",
      ])
    #expect(set.files[0].rows == 7)
    #expect(set.files[0].rowsUsed == 2)
    #expect(set.files[0].firstDate == Day(year: 2024, month: 4, day: 1))
  }

  /// Each referral keeps its source, sex, ethnicity and date of birth beside it, codes read
  /// without their Annex A prefixes; a blank or unusable value is blank.
  @Test func referralsKeepWhoTheyAreAbout() throws {
    let text = [
      header,
      TestFiles.referral("C1", "01/04/2024", source: "q) 6: Police", sex: "b) Female", ethnicity: "a) WBRI"),
      TestFiles.referral("C2", "02/04/2024", source: "1A", sex: "M", ethnicity: "MWBA", birth: "05/05/2024"),
      TestFiles.referral("C3", "03/04/2024", source: "", sex: "", ethnicity: "", birth: ""),
    ].joined(separator: "\n")
    let (set, _) = try TestFiles.read(text, name: "refs.csv")
    let d = set.referralDetails
    #expect(d.count == set.referrals.count)
    #expect((0..<d.count).map { d.source[$0] } == ["6", "1A", nil])
    #expect((0..<d.count).map { d.sex[$0] } == ["FEMALE", "M", nil])
    #expect((0..<d.count).map { d.ethnicity[$0] } == ["WBRI", "MWBA", nil])
    // C2's date of birth is after the referral: reported, and not kept.
    #expect((0..<d.count).map { d.birthDate(at: $0)?.iso } == ["2015-01-01", nil, nil])
  }

  /// List 3 reads yes/no answers as every other list does: Annex A codes included.
  @Test func referralNFAReadsAnnexACodesAsList4Does() throws {
    let text = [
      header, TestFiles.referral("C1", "01/04/2024", nfa: "a) Yes"),
      TestFiles.referral("C2", "02/04/2024", nfa: "b) No"),
      TestFiles.referral("C3", "03/04/2024", nfa: "1 - Yes"), TestFiles.referral("C4", "04/04/2024", nfa: "c) Unknown"),
    ].joined(separator: "\n")
    let (set, _) = try TestFiles.read(text, name: "refs.csv")
    #expect(set.referralRows.map(\.2) == [.yes, .no, .yes, .unknown])
    #expect(set.findings.isEmpty)
  }

  @Test func unknownSourceCodeIsAQueryAndTheRowCounts() throws {
    let text = header + "\nC1,F,WBRI,01/01/2015,9,01/04/2024,Police,N,0,T,W\n"
    let (set, _) = try TestFiles.read(text)
    #expect(set.referrals.count == 1)
    #expect(set.findings.map(\.rule.code) == ["ING015"])
  }
}
