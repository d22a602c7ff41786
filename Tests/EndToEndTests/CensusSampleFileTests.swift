import Foundation
import Testing

/// DfE-shaped sample returns published with the public CIN validator (`../shared/reference/
/// cin-census/samples`, read in place, never copied here): each validates without a crash, with
/// the findings its README promises, and with the same rule counts as last time (golden).
/// Skipped where `../shared` is not beside the checkout.
@Suite(.serialized) struct CensusSampleFileTests {
  static let samples = Binary.repoRoot.deletingLastPathComponent().appendingPathComponent(
    "shared/reference/cin-census/samples")
  static let snapshots = Binary.repoRoot.appendingPathComponent("Tests/EndToEndTests/__Snapshots__/cin-samples")
  static let names = [
    "CIN2rows.xml", "CIN_Census_2021.xml", "CIN_Census_2021_copy.xml", "CIN_Census_2021_no_assessment_factors.xml",
    "CIN_Census_2024.xml", "CIN_Census_2026.xml", "CIN_header_issues_100.xml", "CIN_la_issues_2887Q.xml",
    "fake_CIN_data.xml",
  ]
  static var present: Bool { FileManager.default.fileExists(atPath: samples.appendingPathComponent(names[0]).path) }

  /// The data_quality.csv `safeguard validate` writes for one sample.
  static func summary(_ name: String) throws -> (status: Int32, csv: Data) {
    let out = Binary.temporaryDirectory("sample")
    defer { try? FileManager.default.removeItem(at: out) }
    let r = try Binary.run([
      "validate", samples.appendingPathComponent(name).path, "--fail-on", "never", "--out", out.path, "--quiet",
    ])
    let csv = (try? Data(contentsOf: out.appendingPathComponent("data_quality.csv"))) ?? Data(r.stderr.utf8)
    return (r.status, csv)
  }

  @Test(.enabled(if: present), arguments: names)
  func sampleValidatesAsRecorded(name: String) throws {
    let (status, csv) = try Self.summary(name)
    #expect(status == 0, "\(String(decoding: csv, as: UTF8.self))")
    let golden = Self.snapshots.appendingPathComponent(name.replacing(".xml", with: ".data_quality.csv"))
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
      try FileManager.default.createDirectory(at: Self.snapshots, withIntermediateDirectories: true)
      try csv.write(to: golden)
      Issue.record("recorded \(golden.lastPathComponent); review with git diff, then run make test")
      return
    }
    #expect(csv == (try Data(contentsOf: golden)), "\(name): data_quality.csv differs from its golden file")
  }

  @Test(.enabled(if: present), arguments: [("CIN_header_issues_100.xml", "100"), ("CIN_la_issues_2887Q.xml", "2887Q")])
  func theFindingsTheSamplesREADMEPromises(name: String, code: String) throws {
    let csv = String(decoding: try Self.summary(name).csv, as: UTF8.self)
    #expect(csv.contains("\r\n\(code),"), "\(name) should fail rule \(code)")
  }
}
