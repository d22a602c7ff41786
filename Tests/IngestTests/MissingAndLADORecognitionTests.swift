import Foundation
import SafeguardCore
import Testing

@testable import Ingest

private typealias F = MissingAndLADOFiles

private let kinds: [ExtractKind] = [.missingEpisodes, .policeMissing, .lado]

/// Header rows written with aliases only.
private let aliasHeaders: [ExtractKind: [String]] = [
  .missingEpisodes: ["LA Child ID", "DOB", "Sex", "Looked After", "Missing/Away", "Missing Start Date"],
  .policeMissing: ["Occurrence Reference", "Person Ref", "DOB", "Date Reported Missing", "Risk"],
  .lado: [
    "LADO ID", "Person Reference", "LADO Referral Date", "Type of Contact", "Referrer", "Sector", "Allegation Type",
    "Threshold Met (Y/N)", "LADO Outcome",
  ],
]

@Suite struct MissingAndLADORecognitionTests {
  private func recognised(_ headers: [String]) -> String {
    switch CSVExtractReader.recognise(headers) {
    case .annexA(let s): return s.kind.rawValue
    case .missingAndLADO(let s): return s.kind.rawValue
    case .unrecognised(let reason): return reason
    }
  }

  @Test(arguments: kinds)
  func eachHeaderRowIsItsOwnKindOnly(kind: ExtractKind) {
    #expect(recognised(F.headers[kind]!) == kind.rawValue)
    #expect(recognised(aliasHeaders[kind]!) == kind.rawValue)
    for headers in [F.headers[kind]!, aliasHeaders[kind]!] {
      guard case .noList = AnnexASchema.recognise(headers) else {
        Issue.record("\(kind) headers recognised as an Annex A list")
        continue
      }
    }
  }

  @Test(arguments: AnnexALists.headers.keys.sorted())
  func annexAHeadersAreNotTheseKinds(kind: ExtractKind) {
    #expect(MissingAndLADOSchema.candidates(AnnexALists.headers[kind]!).isEmpty)
    #expect(recognised(AnnexALists.headers[kind]!) == kind.rawValue)
  }

  @Test func headersFittingTwoKindsAreReportedNotGuessed() throws {
    let (set, outcome) = try TestFiles.read("CHILD,MIS_START,Reported Missing\nC1,01/04/2024,01/04/2024\n")
    #expect(set.files.isEmpty)
    let reason = TestFiles.unrecognisedReason(outcome)
    #expect(
      reason
        == "fits missing and away episodes (social care) and police missing-person reports equally well, so it is "
        + "not guessed (headers: CHILD, MIS_START, Reported Missing)")
    #expect(recognised(["Child ID", "Date of referral", "Date Received"]).hasPrefix("fits Annex A list 3"))
  }

  @Test(arguments: kinds)
  func utf16LEWithBOMAndCRLF(kind: ExtractKind) throws {
    let text = F.csv(kind, [[:]], ending: "\r\n")
    let set = try F.read(TestFiles.utf16(text, bigEndian: false), as: kind)
    #expect(set.files.first?.encoding == "UTF-16LE")
    #expect(set.files.first?.rowsUsed == 1)
    #expect(set.findings.isEmpty)
  }

  @Test(arguments: kinds)
  func windows1252(kind: ExtractKind) throws {
    // A last column "Note" holding "Zoë – away" in Windows-1252: ë is 0xEB, the en dash 0x96.
    var bytes = Array((F.csv(kind, []).dropLast() + ",Note\n").utf8)
    bytes += Array((F.csv(kind, [[:]]).split(separator: "\n")[1] + ",Zo").utf8) + [0xEB, 0x20, 0x96]
    bytes += Array(" away\r\n".utf8)
    let set = try F.read(bytes, as: kind)
    #expect(set.files.first?.encoding == "Windows-1252")
    #expect(set.files.first?.ignoredColumns == ["Note"])
    #expect(set.files.first?.rowsUsed == 1)
    #expect(set.findings.isEmpty)
  }
}
