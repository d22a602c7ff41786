import Foundation
import Testing

/// The whole `out/quarter/<period>/` folder from the bundled fixtures, byte for byte.
///
/// `make record-goldens` sets RECORD_GOLDENS=1: the files are rewritten and the test fails, so a
/// recording never passes silently; review the diff and run `make test`. The golden copy of a
/// `*.PERSONAL.csv` output is stored as `*.child-level-synthetic.csv`: no file named PERSONAL is
/// ever committed (the rule that keeps real child-level outputs out of git), and this one holds
/// only the fixtures' synthetic children.
@Suite(.serialized) struct GoldenTests {
  static let snapshots = Binary.repoRoot.appendingPathComponent("Tests/EndToEndTests/__Snapshots__/quarter")

  @Test func quarterPackMatchesTheGoldenFiles() throws {
    let out = Binary.temporaryDirectory("golden")
    defer { try? FileManager.default.removeItem(at: out) }
    let (r, written) = try Binary.runQuarterPack(into: out)
    let folder = try #require(written, "\(r.stderr)")
    let period = folder.lastPathComponent
    let produced = Dictionary(
      uniqueKeysWithValues: try Binary.files(in: folder).map {
        ($0.key.replacing(".PERSONAL.", with: ".child-level-synthetic."), $0.value)
      })
    let golden = Self.snapshots.appendingPathComponent(period)
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
      try? FileManager.default.removeItem(at: Self.snapshots)
      try FileManager.default.createDirectory(at: golden, withIntermediateDirectories: true)
      for (name, data) in produced { try data.write(to: golden.appendingPathComponent(name)) }
      Issue.record("recorded \(produced.count) golden files for \(period); review with git diff, then run make test")
      return
    }
    let expected = try Binary.files(in: golden)
    #expect(produced.keys.sorted() == expected.keys.sorted())
    for (name, data) in expected {
      let got = produced[name]
      #expect(got == data, "\(name) differs from its golden file; if the change is intended, run make record-goldens")
    }
  }

  @Test func reRunningGivesByteIdenticalFiles() throws {
    let a = Binary.temporaryDirectory("rerun-a")
    let b = Binary.temporaryDirectory("rerun-b")
    defer {
      try? FileManager.default.removeItem(at: a)
      try? FileManager.default.removeItem(at: b)
    }
    let (ra, folderA) = try Binary.runQuarterPack(into: a)
    let (rb, folderB) = try Binary.runQuarterPack(into: b)
    let fa = try Binary.files(in: try #require(folderA, "\(ra.stderr)"))
    let fb = try Binary.files(in: try #require(folderB, "\(rb.stderr)"))
    #expect(!fa.isEmpty)
    #expect(fa == fb)
  }
}
