import Foundation
import Testing

/// `safeguard validate` on the generated returns: the valid one passes every rule, and the one
/// with a faulty child per seeded fault reports each fault on its child.
@Suite struct SeededFaultFileTests {
  static var generator: String {
    URL(fileURLWithPath: Binary.path).deletingLastPathComponent().appendingPathComponent("safeguard-fixtures").path
  }

  @Test func generatedReturnsValidateAsSeeded() throws {
    let dir = Binary.temporaryDirectory("faults")
    defer { try? FileManager.default.removeItem(at: dir) }
    let gen = Process()
    gen.executableURL = URL(fileURLWithPath: Self.generator)
    gen.arguments = ["census-faults", "--out", dir.path]
    try gen.run()
    gen.waitUntilExit()
    try #require(gen.terminationStatus == 0)
    let expected = try String(contentsOf: dir.appendingPathComponent("faults.csv"), encoding: .utf8)
      .split(separator: "\n").dropFirst().map {
        $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      }
    for year in ["2023-24", "2024-25", "2025-26"] {
      let valid = try Binary.run(["validate", dir.appendingPathComponent("valid_\(year).xml").path])
      #expect(valid.status == 0, "\(year): \(valid.stdout)")
      #expect(valid.stdout.contains(", 0 findings"), "\(year): \(valid.stdout)")
      let out = dir.appendingPathComponent("out-\(year)")
      let r = try Binary.run([
        "validate", dir.appendingPathComponent("faults_\(year).xml").path, "--fail-on", "never", "--out", out.path,
        "--quiet",
      ])
      #expect(r.status == 0, "\(r.stderr)")
      let detail = try String(
        contentsOf: out.appendingPathComponent("data_quality_detail.PERSONAL.csv"), encoding: .utf8)
      var found = Set<String>()
      for line in detail.split(separator: "\r\n").dropFirst() {
        let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        if cells.count > 5 { found.insert(cells[5] + "/" + cells[0]) }
      }
      // The rules of the year, from `safeguard rules`: a fault for a rule a later year added is
      // a valid record in an earlier year.
      let rules = Set(
        try Binary.run(["rules", "--year", year]).stdout.split(separator: "\n").dropFirst(2).map {
          String($0.prefix { $0 != " " })
        })
      let seeded = expected.filter { $0[0] == year && rules.contains($0[2]) }
      #expect(!seeded.isEmpty)
      for row in seeded where !row[1].isEmpty {
        #expect(found.contains(row[1] + "/" + row[2]), "\(year): \(row[2]) not reported on \(row[1])")
      }
    }
  }
}
