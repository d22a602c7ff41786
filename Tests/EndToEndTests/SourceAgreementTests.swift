import Foundation
import Testing

/// The bundled CIN census and the bundled Annex A lists 3 to 7 describe the same
/// simulated episodes (`Fixtures/annex-a-journey/` is written from the census's own events),
/// so every 2023-24 care-journey figure both sources can compute must come out the same.
@Suite struct SourceAgreementTests {
  /// Indicators computable from both the census and Annex A lists 3, 4, 5 and 7.
  static let shared: Set<String> = [
    "assessments_completed", "assessments_45wd", "assessment_duration_median", "s47_started", "s47_children",
    "s47_to_icpc", "icpc", "icpc_15wd", "icpc_to_cpp", "cpp_started", "cpp_second_or_subsequent", "cpp_at_end",
    "cpp_ended", "cpp_ended_2y_plus",
  ]

  /// Runs the 2023-24 care-journey pipeline over `input`; returns indicator → (numerator, denominator, value).
  static func figures(_ input: URL, in dir: URL, name: String) throws -> [String: [String]] {
    let (r, folder) = try Binary.runPipeline(
      name, source: input, in: dir, period: "2023-24", settings: ["la: \"332\""],
      indicators: "assessments, s47_conferences, child_protection_plans", quiet: true)
    #expect(r.status == 0, "\(name): \(r.stderr)")
    let text = try String(contentsOf: folder.appendingPathComponent("indicators.csv"), encoding: .utf8)
    var lines = text.split(whereSeparator: \.isNewline).map(String.init)
    let header = lines.removeFirst().split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    let col = { (n: String) in header.firstIndex(of: n)! }
    let (id, period, num, den, value) = (
      col("indicator_id"), col("period"), col("numerator"), col("denominator"), col("value")
    )
    var out: [String: [String]] = [:]
    for line in lines {
      // Names hold no commas or quotes in these rows; a quoted field would shift nothing before `indicator`.
      let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      guard f.count == header.count, f[period] == "2023-24", shared.contains(f[id]) else { continue }
      out[f[id]] = [f[num], f[den], f[value]]
    }
    return out
  }

  @Test func censusAndAnnexAAgreeFor2023_24() throws {
    let fm = FileManager.default
    let dir = Binary.temporaryDirectory("agreement")
    defer { try? fm.removeItem(at: dir) }
    let fixtures = Binary.repoRoot.appendingPathComponent("Fixtures")
    let annex = dir.appendingPathComponent("annex-a")
    try fm.createDirectory(at: annex, withIntermediateDirectories: true)
    let journey = fixtures.appendingPathComponent("annex-a-journey")
    let sources =
      ["annex-a/L3_export_2021-23.csv", "annex-a/referrals_2023-24_q1-q3.csv"].map {
        fixtures.appendingPathComponent($0)
      }
      // Lists 4, 5 and 7; list 8 (children in care) shares the folder but is not compared here.
      + (try fm.contentsOfDirectory(atPath: journey.path)).filter {
        $0.hasSuffix(".csv") && !$0.hasPrefix("L8_") && !$0.hasPrefix("L2_")
      }
      .sorted().map {
        journey.appendingPathComponent($0)
      }
    // Two referral files and lists 4, 5, 6 and 7.
    #expect(sources.count == 6)
    for s in sources {
      try fm.createSymbolicLink(at: annex.appendingPathComponent(s.lastPathComponent), withDestinationURL: s)
    }

    let census = try Self.figures(fixtures.appendingPathComponent("cin-census"), in: dir, name: "census")
    let annexA = try Self.figures(annex, in: dir, name: "annexa")
    for id in Self.shared.sorted() {
      let c = try #require(census[id], "census has no 2023-24 row for \(id)")
      let a = try #require(annexA[id], "Annex A has no 2023-24 row for \(id)")
      #expect(c == a, "\(id): census numerator, denominator, value \(c); Annex A \(a)")
      #expect(!c[2].isEmpty, "\(id) has no value")
    }
  }
}
