import Foundation
import Testing

/// `safeguard-fixtures bench` in both shapes: the default file keeps the bytes `make bench` has
/// always timed, and the distinct shape is a list 3 file the pipeline reads whole. Timing
/// belongs to `make bench`; these only check what is timed.
@Suite struct BenchReferralFileTests {
  static var generator: String {
    URL(fileURLWithPath: Binary.path).deletingLastPathComponent().appendingPathComponent("safeguard-fixtures").path
  }

  /// Runs the generator; returns its exit status and what it wrote to standard error.
  static func generate(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
    let gen = Process()
    gen.executableURL = URL(fileURLWithPath: generator)
    gen.arguments = ["bench"] + arguments
    let err = Pipe()
    gen.standardError = err
    try gen.run()
    let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    gen.waitUntilExit()
    return (gen.terminationStatus, text)
  }

  /// Runs the front-door pipeline over `data` as the bench does; returns the manifest's input
  /// row (path, rows, sha256) and the data-quality lines after the header.
  static func read(_ data: URL, in dir: URL) throws -> (input: [String], findings: [Substring]) {
    let (r, folder) = try Binary.runPipeline(
      "bench", source: data, in: dir, period: "2024-25-Q3", settings: ["la: \"332\""], indicators: "front_door",
      outputs: "indicators, data_quality, manifest", quiet: true)
    try #require(r.status == 0, "\(r.stderr)")
    let manifest = try String(contentsOf: folder.appendingPathComponent("manifest.csv"), encoding: .utf8)
    let input = manifest.split(whereSeparator: \.isNewline).first { $0.hasPrefix("input,") } ?? ""
    let quality = try String(contentsOf: folder.appendingPathComponent("data_quality.csv"), encoding: .utf8)
    return (
      input.split(separator: ",").dropFirst().map(String.init),
      quality.split(whereSeparator: \.isNewline).dropFirst().map { $0 }
    )
  }

  @Test func compactIsTheDefaultAndKeepsItsBytes() throws {
    let dir = Binary.temporaryDirectory("bench-compact")
    defer { try? FileManager.default.removeItem(at: dir) }
    let plain = dir.appendingPathComponent("plain")
    let named = dir.appendingPathComponent("named")
    try #require(try Self.generate(["--referrals", "1000", "--out", plain.path]).status == 0)
    try #require(try Self.generate(["--referrals", "1000", "--shape", "compact", "--out", named.path]).status == 0)
    let bytes = try Data(contentsOf: plain.appendingPathComponent("referrals.csv"))
    #expect(bytes == (try Data(contentsOf: named.appendingPathComponent("referrals.csv"))))
    // The SHA-256 of the file from before the shapes existed, read from the run's manifest.
    let (input, findings) = try Self.read(plain, in: dir)
    #expect(input == ["referrals.csv", "1000", "2e805d8dd7b320f036a8f84e7e9f95a2be986a824c2ed1b6dd35dce6f3a11e61"])
    #expect(findings.isEmpty)
  }

  @Test func distinctIsReadWholeWithItsCodesAndQuotes() throws {
    let dir = Binary.temporaryDirectory("bench-distinct")
    defer { try? FileManager.default.removeItem(at: dir) }
    let data = dir.appendingPathComponent("data")
    let run = try Self.generate(["--referrals", "4000", "--shape", "distinct", "--out", data.path])
    try #require(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.contains("4000 referrals, 3800 children"), "\(run.stderr)")
    let bytes = try Data(contentsOf: data.appendingPathComponent("referrals.csv"))
    let text = String(decoding: bytes, as: UTF8.self)
    let lines = text.split(separator: "\n")
    #expect(lines.count == 4001)
    #expect(
      lines[0]
        == "Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date of referral,Referral Source,"
        + "Referral NFA?,Number of Referrals in Last 12 Months,Allocated Team,Allocated Worker")
    let perRow = Double(bytes.count - lines[0].utf8.count - 1) / 4000
    #expect(perRow > 88 && perRow < 94, "\(perRow) bytes a row")
    for value in [
      ",b) Female,", ",a) WBRI,", ",q) 6: Police,", ",a) 1A: Individual,", ",Yes,", ",No,", ",\"Duty, North\",",
    ] {
      #expect(text.contains(value), "no \(value) in the file")
    }
    // Every row ends with a quoted "Surname, I" worker: ten separators and at least that comma.
    #expect(lines.dropFirst().allSatisfy { $0.filter { $0 == "," }.count >= 11 && $0.hasSuffix("\"") })
    let (input, findings) = try Self.read(data, in: dir)
    #expect(input.prefix(2) == ["referrals.csv", "4000"])
    #expect(findings.isEmpty, "\(findings.prefix(5))")
  }

  @Test func anUnknownShapeIsAUsageError() throws {
    let dir = Binary.temporaryDirectory("bench-shape")
    defer { try? FileManager.default.removeItem(at: dir) }
    let run = try Self.generate(["--referrals", "10", "--shape", "wide", "--out", dir.path])
    #expect(run.status == 64)
    #expect(run.stderr.contains("--shape must be compact or distinct, not 'wide'"))
  }
}
