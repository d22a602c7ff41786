import Foundation
import Testing

/// The pipeline's figures against the simulation's own counts (Fixtures/expected/), which the
/// generator computes from its records, not from the files the pipeline reads.
@Suite struct ExpectedFiguresTests {
  /// Splits one CSV line (quotes allowed, no line breaks inside fields).
  static func fields(_ line: Substring) -> [String] {
    var out: [String] = []
    var cur = ""
    var quoted = false
    for ch in line {
      if ch == "\"" {
        quoted.toggle()
      } else if ch == "," && !quoted {
        out.append(cur)
        cur = ""
      } else if ch != "\r" {
        cur.append(ch)
      }
    }
    out.append(cur)
    return out
  }

  static func table(_ text: String) -> [[String: String]] {
    // "\r\n" is one Character in Swift, so normalise line ends before splitting.
    let lines = text.replacing("\r\n", with: "\n").split(separator: "\n")
    guard let head = lines.first else { return [] }
    let names = fields(head)
    return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(names, fields($0))) }
  }

  func check(indicators: [[String: String]], expected: [[String: String]]) {
    func row(_ id: String, _ period: String) -> [String: String]? {
      indicators.first { $0["indicator_id"] == id && $0["period"] == period }
    }
    var compared = 0
    for e in expected {
      let p = e["period"]!
      guard row("referrals", p) != nil else { continue }
      compared += 1
      #expect(row("contacts", p)?["numerator"] == e["contacts"], "contacts \(p)")
      #expect(row("referrals", p)?["numerator"] == e["referrals"], "referrals \(p)")
      #expect(row("contact_referral_conversion", p)?["denominator"] == e["contacts"], "conversion \(p)")
      #expect(row("rereferrals_12m", p)?["numerator"] == e["rereferrals"], "re-referrals \(p)")
      #expect(row("rereferrals_12m", p)?["denominator"] == e["referrals"], "re-referrals \(p)")
      #expect(row("referrals_nfa", p)?["numerator"] == e["nfa"], "NFA \(p)")
      #expect(row("referrals_nfa", p)?["denominator"] == e["nfa_answered"], "NFA \(p)")
    }
    #expect(compared >= 5)
  }

  @Test func quarterPackMatchesTheSimulation() throws {
    let out = Binary.temporaryDirectory("expected")
    defer { try? FileManager.default.removeItem(at: out) }
    let (r, written) = try Binary.runQuarterPack(into: out)
    let folder = try #require(written, "\(r.stderr)")
    let indicators = Self.table(
      try String(contentsOf: folder.appendingPathComponent("indicators.csv"), encoding: .utf8))
    let expected = Self.table(
      try String(
        contentsOf: Binary.repoRoot.appendingPathComponent("Fixtures/expected/front_door_annex_a.csv"), encoding: .utf8)
    )
    check(indicators: indicators, expected: expected)
  }

  @Test(arguments: ["clean", "utf16-aliased"])
  func variantsMatchTheSimulation(variant: String) throws {
    let out = Binary.temporaryDirectory("expected-\(variant)")
    defer { try? FileManager.default.removeItem(at: out) }
    let r = try Binary.run([
      "run", "pipelines/quarter.pipeline.yaml", "--input", "Fixtures/variants/\(variant)", "--out", out.path,
      "--period", "2023-24", "--quiet",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let indicators = Self.table(
      try String(contentsOf: out.appendingPathComponent("quarter/2023-24/indicators.csv"), encoding: .utf8))
    let expected = Self.table(
      try String(
        contentsOf: Binary.repoRoot.appendingPathComponent("Fixtures/expected/front_door_variants.csv"), encoding: .utf8
      ))
    check(indicators: indicators, expected: expected)
  }
}
