import Foundation
import Testing

/// Every input a fuzz target once failed on (`make fuzz`), replayed through the same target
/// built as usual: `Tests/EndToEndTests/FuzzRegressions/<target>/<input>`. The replayer runs
/// the target's checks (one pass and pieces agree, no internal error, errors name file and
/// line), so a crash or a broken promise fails here as it did under libFuzzer.
@Suite struct FuzzRegressionTests {
  static let folder = Binary.repoRoot.appendingPathComponent("Tests/EndToEndTests/FuzzRegressions")

  @Test(arguments: ["FuzzCSV", "FuzzCensus", "FuzzPipelineFile", "FuzzWorkbook"])
  func savedInputsReplay(target: String) throws {
    let inputs = Self.folder.appendingPathComponent(target)
    let names = try FileManager.default.contentsOfDirectory(atPath: inputs.path).filter { !$0.hasPrefix(".") }
    try #require(!names.isEmpty, "no saved inputs under \(inputs.path)")
    let replayer = URL(fileURLWithPath: Binary.path).deletingLastPathComponent().appendingPathComponent(target).path
    let r = try LimitedRun.run(replayer, [inputs.path], in: FileManager.default.temporaryDirectory, limit: 60)
    #expect(r.status == 0, "\(target): \(r.output.suffix(3000))")
    #expect(r.output.contains("\(names.count) inputs replayed"), "\(r.output.suffix(500))")
  }
}
