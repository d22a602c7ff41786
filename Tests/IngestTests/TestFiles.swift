import Foundation
import SafeguardCore
import Testing

@testable import Ingest

/// Writes bytes to a fresh temporary file and reads it as a CSV extract.
enum TestFiles {
  static func path(_ name: String = "extract.csv") -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir.appendingPathComponent(name).path
  }

  static func read(_ bytes: [UInt8], name: String = "extract.csv") throws -> (ExtractSet, FileOutcome) {
    let p = path(name)
    FileManager.default.createFile(atPath: p, contents: Data(bytes))
    defer { try? FileManager.default.removeItem(atPath: (p as NSString).deletingLastPathComponent) }
    var set = ExtractSet()
    let outcome = try CSVExtractReader().read(path: p, name: name, into: &set)
    return (set, outcome)
  }

  static func read(_ text: String, name: String = "extract.csv") throws -> (ExtractSet, FileOutcome) {
    try read(Array(text.utf8), name: name)
  }

  /// Reads several files, in order, into one set.
  static func readAll(_ files: [(name: String, text: String)]) throws -> ExtractSet {
    var set = ExtractSet()
    for (name, text) in files {
      let p = path(name)
      FileManager.default.createFile(atPath: p, contents: Data(text.utf8))
      defer { try? FileManager.default.removeItem(atPath: (p as NSString).deletingLastPathComponent) }
      _ = try CSVExtractReader().read(path: p, name: name, into: &set)
    }
    return set
  }

  /// Why a file was not read; nil, with an issue recorded, when it was read.
  static func unrecognisedReason(_ outcome: FileOutcome) -> String? {
    guard case .unrecognised(_, let reason) = outcome else {
      Issue.record("should be unrecognised")
      return nil
    }
    return reason
  }

  static let referralHeader =
    "Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date of referral,Referral Source,Referral NFA?,Number of Referrals in Last 12 Months,Allocated Team,Allocated Worker"

  /// A referral row with the given child, date and NFA answer.
  static func referral(
    _ child: String, _ date: String, nfa: String = "N", team: String = "Team A", source: String = "1A",
    sex: String = "F", ethnicity: String = "WBRI", birth: String = "01/01/2015"
  ) -> String {
    "\(child),\(sex),\(ethnicity),\(birth),9,\(date),\(source),\(nfa),0,\(team),Worker 1"
  }

  static func utf16(_ s: String, bigEndian: Bool, bom: Bool = true) -> [UInt8] {
    var out: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
    for u in s.utf16 {
      let hi = UInt8(u >> 8)
      let lo = UInt8(u & 0xFF)
      out += bigEndian ? [hi, lo] : [lo, hi]
    }
    return out
  }
}

extension ExtractSet {
  /// (child ID, ISO date, NFA) of each referral, in file order.
  var referralRows: [(String, String, YesNo)] { referrals.map { (children[$0.child], $0.date.iso, $0.nfa) } }
}
