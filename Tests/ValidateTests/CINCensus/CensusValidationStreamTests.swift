import CensusSamples
import SafeguardCore
import Testing

@testable import Validate

/// Children checked in batches while the file is read give exactly what the whole-file pass gives.
@Suite struct CensusValidationStreamTests {
  /// A 2024-25 return holding every seeded child fault's children: many findings, linked issues,
  /// repeated identifiers (each fault's census has the same children), and file rules that fire.
  static let census: CensusReturn = {
    let sample = CensusSample(endYear: 2025)
    let children = SeededFaults.all.filter { $0.applies(to: 2025) && $0.child(900, sample) != nil }
      .flatMap { $0.census(sample).children }
    return sample.census(children)
  }()

  /// What a finding says, issue number included.
  static func summary(_ findings: [Finding]) -> [String] {
    findings.map {
      [
        $0.rule.code, $0.line.map(String.init) ?? "", $0.childRef ?? "", $0.field ?? "", $0.value ?? "",
        $0.issueID.map(String.init) ?? "", $0.year ?? "",
      ].joined(separator: "|")
    }
  }

  @Test(arguments: [1, 3, 50, 100_000])
  func batchesGiveTheWholeFilePassFindingForFinding(size: Int) {
    let whole = CensusValidation.validate(Self.census, firstIssue: 5)
    let stream = CensusValidationStream(file: Self.census.file)
    var start = 0
    while start + size <= Self.census.children.count {
      stream.take(Array(Self.census.children[start..<start + size]), header: Self.census.header)
      start += size
    }
    let streamed = stream.finish(Self.census, firstIssue: 5)
    #expect(whole.findings.count > 100)
    #expect(Self.summary(streamed.findings) == Self.summary(whole.findings))
    #expect(streamed.nextIssue == whole.nextIssue && streamed.year == whole.year)
  }

  @Test func batchesCheckedAgainstAnotherHeaderAreDroppedAndTheFileValidatedWhole() {
    var header = Self.census.header
    header.referenceDate = .absent
    let stream = CensusValidationStream(file: Self.census.file)
    stream.take(Array(Self.census.children.prefix(10)), header: header)
    let streamed = stream.finish(Self.census)
    #expect(Self.summary(streamed.findings) == Self.summary(CensusValidation.validate(Self.census).findings))
  }

  @Test func onlyTheChosenRulesAndYearApply() {
    let stream = CensusValidationStream(file: Self.census.file, year: CensusYear("2023-24"), codes: ["8608"])
    stream.take(Array(Self.census.children.prefix(7)), header: Self.census.header)
    let streamed = stream.finish(Self.census)
    let whole = CensusValidation.validate(Self.census, year: CensusYear("2023-24"), codes: ["8608"])
    #expect(!whole.findings.isEmpty && Set(whole.findings.map(\.rule.code)) == ["8608"])
    #expect(Self.summary(streamed.findings) == Self.summary(whole.findings))
  }

  @Test func outcomesJoinWithIssueNumbersRunningOn() {
    let one = CensusValidation.validate(Self.census, codes: ["8608"])
    let joined = CensusValidation.join([one, one])
    let ids = joined.compactMap(\.issueID)
    #expect(ids.count == 2 * one.findings.count)
    #expect(Set(ids).count == 2 * Set(one.findings.compactMap(\.issueID)).count)
    #expect(ids.max() == 2 * (one.nextIssue - 1))
  }
}
