import Foundation
import Testing

/// The planted reconciliation cases of `Fixtures/expected/missing_planted.csv` (written by the
/// fixture generator beside the missing extracts) through the built binary: each lands where
/// `specs/reconciliation.md` says, read from `missing_exceptions.PERSONAL.csv`.
@Suite(.serialized) struct MissingFixtureTests {
  /// A row of the planted-cases file or of the exceptions file, split on commas outside quotes.
  static func fields(_ line: Substring) -> [String] {
    var out: [String] = []
    var field = ""
    var quoted = false
    for ch in line {
      if ch == "\"" {
        quoted.toggle()
      } else if ch == "," && !quoted {
        out.append(field)
        field = ""
      } else {
        field.append(ch)
      }
    }
    out.append(field)
    return out
  }

  static func rows(_ text: String) -> [[String]] {
    text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).dropFirst().map(fields)
  }

  /// Runs a pipeline over the social care, census and missing fixtures for 2024-25 (the
  /// planted cases run from August to December 2024) and returns the exceptions file's rows.
  static func exceptions() throws -> [[String]] {
    let dir = Binary.temporaryDirectory("planted")
    defer { try? FileManager.default.removeItem(at: dir) }
    let fixtures = Binary.repoRoot.appendingPathComponent("Fixtures").path
    var yaml = "version: 1\nname: planted\nsources:\n"
    for folder in ["annex-a", "cin-census", "annex-a-journey", "missing"] {
      yaml += "  - path: \(fixtures)/\(folder)\n"
    }
    yaml += "settings:\n  la: \"332\"\n  period: 2024-25\n"
    yaml += "indicators: [missing]\noutputs: [missing_reconciliation, missing_exceptions]\n"
    let file = dir.appendingPathComponent("planted.pipeline.yaml")
    try Data(yaml.utf8).write(to: file)
    let out = dir.appendingPathComponent("out")
    let r = try Binary.run(["run", file.path, "--out", out.path, "--quiet"])
    #expect(r.status == 0, "\(r.stderr)")
    let csv = out.appendingPathComponent("planted/2024-25/missing_exceptions.PERSONAL.csv")
    return rows(try String(contentsOf: csv, encoding: .utf8))
  }

  @Test func everyPlantedCaseLandsWhereTheRulesSay() throws {
    let planted = Self.rows(
      try String(
        contentsOf: Binary.repoRoot.appendingPathComponent("Fixtures/expected/missing_planted.csv"), encoding: .utf8))
    #expect(planted.count >= 12)
    let exceptions = try Self.exceptions()
    // side, record_ref, child_ref, date_of_birth, start, end, category_or_risk, reason
    let police = Dictionary(
      exceptions.filter { $0[0] == "police" }.map { ($0[1], $0[7]) }, uniquingKeysWith: { a, _ in a })
    let csc = Set(exceptions.filter { $0[0] == "csc" }.map { $0[2] + " " + $0[4] })
    var kinds = Set<String>()
    for p in planted {
      let (kind, ref, child, start, expected) = (p[0], p[1], p[2], p[3], p[4])
      kinds.insert(expected)
      let why = "planted case \(kind) (\(ref)\(child) \(start)) expected \(expected)"
      switch expected {
      case "matched":
        #expect(police[ref] == nil, "\(why): police side listed as unmatched")
        #expect(!csc.contains(child + " " + start), "\(why): social care side listed as unmatched")
      case "police_only":
        let reason = try #require(police[ref], "\(why): not in the exceptions")
        #expect(
          reason
            == (kind == "police_only_unknown" ? "child not known to social care" : "no matching social care episode"),
          "\(why): \(reason)")
      case "ambiguous":
        #expect(police[ref] == "ambiguous: date of birth fits 2 social care children", "\(why)")
      case "out_of_area":
        #expect(police[ref]?.hasPrefix("out of area: Home LA ") == true, "\(why)")
      case "csc_only":
        #expect(csc.contains(child + " " + start), "\(why)")
      default:
        Issue.record("unknown expectation '\(expected)' in missing_planted.csv")
      }
    }
    #expect(kinds == ["matched", "police_only", "ambiguous", "out_of_area", "csc_only"])
  }

  @Test func reconcileCommandPrintsTheTableAndHeadline() throws {
    let r = try Binary.run([
      "reconcile", "--police", "Fixtures/missing/police_missing_reports.csv", "--csc",
      "Fixtures/missing/csc_missing_episodes.csv", "--la", "332", "--quiet",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n")
    // Header, the quarter (the latest complete one: the extracts end on 31 December 2024), its three months.
    #expect(lines.count >= 6)
    #expect(lines.first?.hasPrefix("month") == true)
    #expect(lines.dropFirst().first?.hasPrefix("2024-25-Q3") == true)
    #expect(lines.dropFirst(2).prefix(3).map { String($0.prefix(7)) } == ["2024-10", "2024-11", "2024-12"])
    #expect(r.stdout.contains("In 2024-25-Q3 (1 October to 31 December 2024), police recorded "))
    let swapped = try Binary.run([
      "reconcile", "--police", "Fixtures/missing/csc_missing_episodes.csv", "--csc",
      "Fixtures/missing/police_missing_reports.csv", "--quiet",
    ])
    #expect(swapped.status == 65)
    #expect(swapped.stderr.contains("not police missing-person reports"))
  }
}
