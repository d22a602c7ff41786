import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The built binary's behaviour for the people and jobs that run it: exit statuses and messages.
@Suite struct CommandLineTests {
  @Test func utf16AliasedReferralsGiveTheSameFiguresAsTheCleanFile() throws {
    var outputs: [[String: Data]] = []
    for variant in ["clean", "utf16-aliased"] {
      let out = Binary.temporaryDirectory(variant)
      defer { try? FileManager.default.removeItem(at: out) }
      let r = try Binary.run([
        "run", "pipelines/quarter.pipeline.yaml", "--input", "Fixtures/variants/\(variant)", "--out", out.path,
        "--period", "2023-24", "--quiet",
      ])
      #expect(r.status == 0, "\(r.stderr)")
      let files = try Binary.files(in: out.appendingPathComponent("quarter/2023-24"))
      outputs.append(files.filter { $0.key == "indicators.csv" || $0.key == "trend.csv" })
    }
    #expect(outputs[0].count == 2)
    #expect(outputs[0] == outputs[1])
  }

  @Test func emptyFolderIsMissingInput() throws {
    let empty = Binary.temporaryDirectory("empty")
    defer { try? FileManager.default.removeItem(at: empty) }
    let r = try Binary.run(["run", "pipelines/quarter.pipeline.yaml", "--input", empty.path, "--out", empty.path])
    #expect(r.status == 66)
    #expect(r.stderr.contains("no files in \(empty.path); put the extract files there or pass --input DIR"))
  }

  @Test func folderOfUnrecognisedFilesIsMissingInput() throws {
    let dir = Binary.temporaryDirectory("unrecognised")
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("Name,Colour\nA,Blue\n".utf8).write(to: dir.appendingPathComponent("referrals.csv"))
    let r = try Binary.run(["run", "pipelines/quarter.pipeline.yaml", "--input", dir.path, "--out", dir.path])
    #expect(r.status == 66)
    #expect(r.stderr.contains("skipped referrals.csv: matches no known extract (headers: Name, Colour)"))
  }

  @Test func badPipelineFileIsExit78WithFileAndLine() throws {
    let dir = Binary.temporaryDirectory("badpipeline")
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("bad.pipeline.yaml")
    try Data("version: 1\nname: bad\nsources:\n  - path: x\nsettings:\n  perod: 2024-25\n".utf8).write(to: file)
    let r = try Binary.run(["run", file.path])
    #expect(r.status == 78)
    #expect(r.stderr.contains("\(file.path):6: 'perod' is not a setting"))
  }

  @Test func badPeriodLabelIsAUsageError() throws {
    let r = try Binary.run(["run", "pipelines/quarter.pipeline.yaml", "--period", "Q3 2024"])
    #expect(r.status == 64)
    #expect(
      r.stderr.contains(
        "expected a financial year (2024-25), a quarter (2024-25-Q3), a month (2024-12) or a rolling year (R12-2024-12)"
      ))
  }

  @Test func aRunHoldingTheLockMakesTheNextOneWait() throws {
    let out = Binary.temporaryDirectory("lock")
    defer { try? FileManager.default.removeItem(at: out) }
    let parent = out.appendingPathComponent("quarter")
    try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
    let lockPath = parent.appendingPathComponent(".2023-24.lock").path
    let fd = open(lockPath, O_CREAT | O_RDWR, 0o644)
    #expect(fd >= 0)
    defer { close(fd) }
    #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
    let r = try Binary.run([
      "run", "pipelines/quarter.pipeline.yaml", "--out", out.path, "--period", "2023-24", "--quiet",
    ])
    #expect(r.status == 75)
    #expect(!FileManager.default.fileExists(atPath: parent.appendingPathComponent("2023-24").path))
  }

  @Test func publishingSuppressesSmallNumbersAndWritesNoPersonalFile() throws {
    let dir = Binary.temporaryDirectory("publish")
    defer { try? FileManager.default.removeItem(at: dir) }
    let fixtures = Binary.repoRoot.appendingPathComponent("Fixtures/annex-a").path
    let file = dir.appendingPathComponent("publish.pipeline.yaml")
    try Data(
      "version: 1\nname: publish\nsources:\n  - path: \(fixtures)\nsettings:\n  la: \"332\"\n  publish: true\nindicators: [front_door]\n"
        .utf8
    ).write(to: file)
    let r = try Binary.run(["run", file.path, "--out", dir.path, "--period", "2024-12", "--quiet"])
    #expect(r.status == 0, "\(r.stderr)")
    let files = try Binary.files(in: dir.appendingPathComponent("publish/2024-12"))
    #expect(files.keys.contains("indicators.csv"))
    #expect(!files.keys.contains { $0.contains(".PERSONAL.") })
  }

  @Test func validateReadsAndSummarisesWithoutWriting() throws {
    // The fixtures hold rows with impossible dates (ING012, an error): exit 65 unless told otherwise.
    let r = try Binary.run(["validate", "Fixtures/annex-a"])
    #expect(r.status == 65, "\(r.stderr)")
    #expect(r.stdout.contains("3 CSV extract files and 0 CIN census files read"))
    #expect(r.stdout.contains("ING012"))
    #expect(try Binary.run(["validate", "Fixtures/annex-a", "--fail-on", "never"]).status == 0)
  }

  @Test func explainPrintsTheDefinition() throws {
    let r = try Binary.run(["explain", "rereferrals_12m"])
    #expect(r.status == 0)
    #expect(
      r.stdout.contains(
        "definition: referrals in period for a child with a previous referral in the 12 months before the referral date"
      ))
    let bad = try Binary.run(["explain", "nonsense"])
    #expect(bad.status == 64)
  }

  @Test func helpListsTheExitStatuses() throws {
    let r = try Binary.run(["--help"])
    #expect(r.stdout.contains("65  data errors beyond tolerance"))
    #expect(r.stdout.contains("75  another run holds the lock"))
  }
}

/// `safeguard benchmark` and `safeguard neighbours` from the command line.
@Suite struct BenchmarkCommandLineTests {
  @Test func benchmarkPrintsATableAndWritesTheFiles() throws {
    let out = Binary.temporaryDirectory("benchmark")
    defer { try? FileManager.default.removeItem(at: out) }
    let r = try Binary.run(["benchmark", "--la", "332", "--out", out.appendingPathComponent("b").path])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("Dudley (332) against its 2025 statistical neighbours (mean)"))
    #expect(r.stdout.contains("Re-referrals within 12 months"))
    let files = try Binary.files(in: out.appendingPathComponent("b"))
    #expect(files.keys.sorted() == ["benchmark.csv", "benchmark_neighbours.csv"])
  }

  @Test func unknownLAIsAUsageErrorSayingHowToFindCodes() throws {
    let r = try Binary.run(["benchmark", "--la", "999"])
    #expect(r.status == 64)
    #expect(r.stderr.contains("run `safeguard neighbours --list` to see every LA code and name"))
  }

  @Test func neighboursListsBothModels() throws {
    let r = try Binary.run(["neighbours", "303"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("DfE May 2025 model"))
    #expect(r.stdout.contains("DfE April 2021 model"))
    #expect(r.stdout.contains("311  Havering"))
    let all = try Binary.run(["neighbours", "--list"])
    #expect(all.stdout.contains("332  Dudley"))
  }
}
