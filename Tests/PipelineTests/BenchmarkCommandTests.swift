import Pipeline
import SafeguardCore
import Testing

/// `safeguard benchmark` for every English LA in the neighbour lists, through the same code the
/// command runs (in process, so the whole sweep stays quick).
@Suite struct BenchmarkCommandTests {
  static let quiet = RunLog(level: .quiet, write: { _ in })

  @Test(arguments: SNVersion.allCases)
  func everyLAInTheNeighbourListsBenchmarks(version: SNVersion) throws {
    let codes = ReferenceData.laCodesWithNeighbours(version: version)
    #expect(codes.count > 150)
    for la in codes {
      let answer = try BenchmarkCommandSupport.run(
        BenchmarkRequest(
          la: la.value, year: nil, indicator: nil, snVersion: version.rawValue, snAverage: "median", out: nil),
        log: Self.quiet)
      #expect(answer.la == la && answer.version == version && answer.average == .median)
      #expect(!answer.rows.isEmpty && answer.rows.allSatisfy { $0.la == la })
    }
  }

  @Test func unknownCodeSaysHowToFindCodes() {
    #expect {
      _ = try BenchmarkCommandSupport.run(
        BenchmarkRequest(la: "123", year: nil, indicator: nil, snVersion: 2025, snAverage: "mean", out: nil),
        log: Self.quiet)
    } throws: { error in
      (error as? RunError)?.exitStatus == .usage
        && "\(error)".contains("run `safeguard neighbours --list` to see every LA code and name")
    }
  }

  @Test func yearMustBeAFinancialYear() {
    #expect(throws: RunFailure.self) {
      _ = try BenchmarkCommandSupport.run(
        BenchmarkRequest(la: "332", year: "2024-12", indicator: nil, snVersion: 2025, snAverage: "mean", out: nil),
        log: Self.quiet)
    }
  }
}
