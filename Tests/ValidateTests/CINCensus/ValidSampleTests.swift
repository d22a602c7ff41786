import CensusSamples
import SafeguardCore
import Testing

@testable import Validate

/// The generated valid census: every DfE rule passes it, whatever the shape.
@Suite struct ValidSampleTests {
  @Test(arguments: [2024, 2025, 2026])
  func theDefaultShapesPassEveryRule(endYear: Int) {
    let sample = CensusSample(endYear: endYear)
    let children = SampleShapes.standard.enumerated().map { sample.child($0.offset + 1, $0.element) }
    let findings = CensusValidation.validate(sample.census(children)).findings
    #expect(
      findings.isEmpty,
      "\(findings.prefix(12).map { "\($0.rule.code) \($0.childRef ?? "") \($0.field ?? "") \($0.value ?? "")" })")
  }
}
