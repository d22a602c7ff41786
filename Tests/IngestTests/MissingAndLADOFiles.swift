import Foundation
import SafeguardCore
import Testing

@testable import Ingest

/// Canonical headers of the extracts of `specs/extracts.md` sections 3 to 5, and helpers.
enum MissingAndLADOFiles {
  static let headers: [ExtractKind: [String]] = [
    .missingEpisodes: [
      "CHILD", "DOB", "SEX", "LOOKED_AFTER", "MISSING", "MIS_START", "MIS_END", "RHI_OFFERED", "RHI_ACCEPTED",
      "RHI_DATE", "POLICE_REF",
    ],
    .policeMissing: [
      "Occurrence Ref", "Person Ref", "LA Child ID", "Date of Birth", "Gender", "Reported Missing", "Found",
      "Risk Level", "Missing From", "Home LA",
    ],
    .lado: [
      "LADO Ref", "Person Ref", "Date Received", "Contact Type", "Referrer Agency", "Employment Sector",
      "Allegation Category", "Threshold Met", "Strategy Meeting Date", "Outcome", "Date Concluded",
    ],
  ]

  /// One plausible row of each kind, by canonical header.
  static let sampleRow: [ExtractKind: [String: String]] = [
    .missingEpisodes: [
      "CHILD": "C1", "DOB": "01/01/2010", "SEX": "F", "LOOKED_AFTER": "Y", "MISSING": "M",
      "MIS_START": "01/04/2024 22:15", "MIS_END": "02/04/2024 08:00",
    ],
    .policeMissing: [
      "Occurrence Ref": "OCC1", "Person Ref": "P1", "Date of Birth": "01/01/2010",
      "Reported Missing": "01/04/2024 22:15",
      "Risk Level": "Medium",
    ],
    .lado: [
      "LADO Ref": "L1", "Person Ref": "A1", "Date Received": "01/04/2024", "Contact Type": "Consultation",
      "Referrer Agency": "Police", "Employment Sector": "Education",
    ],
  ]

  /// A file of `kind` with canonical headers; each row is the sample row changed by `rows[i]`.
  static func csv(_ kind: ExtractKind, _ rows: [[String: String]], ending: String = "\n") -> String {
    AnnexALists.csv(headers[kind]!, rows.map { sampleRow[kind]!.merging($0) { $1 } }, ending: ending)
  }

  /// Reads `text` and returns the set; records an issue when it was not read as `kind`.
  static func read(_ text: String, as kind: ExtractKind, name: String = "extract.csv") throws -> ExtractSet {
    try read(Array(text.utf8), as: kind, name: name)
  }

  static func read(_ bytes: [UInt8], as kind: ExtractKind, name: String = "extract.csv") throws -> ExtractSet {
    let (set, outcome) = try TestFiles.read(bytes, name: name)
    #expect(AnnexALists.summary(outcome)?.kind == kind)
    return set
  }

  /// `file:line code column 'value'` for each finding, for comparing in one line.
  static func located(_ set: ExtractSet) -> [String] {
    set.findings.map { "\($0.file):\($0.line ?? 0) \($0.rule.code) \($0.field ?? "") '\($0.value ?? "")'" }
  }

  static func day(_ iso: String) -> Day { Day(iso: iso)! }

  static func at(_ iso: String, _ hour: Int, _ minute: Int) -> DayTime {
    DayTime(day: Day(iso: iso)!, hour: hour, minute: minute)!
  }
}
