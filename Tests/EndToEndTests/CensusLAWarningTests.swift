import Foundation
import Testing

/// A census for another LA than the pipeline's is said first, not benchmarked silently.
@Suite struct CensusLAWarningTests {
  @Test func aCensusForAnotherLAIsSaidAtTheTopOfTheSummary() throws {
    let out = Binary.temporaryDirectory("la-warning")
    let r = try Binary.run(["run", "pipelines/quarter.pipeline.yaml", "--out", out.path, "--la", "303"])
    #expect(r.status == 0)
    let warning = "cin_census_2023-24.xml is LA 332's census, but the pipeline's LA is 303"
    #expect(r.stderr.contains(warning))
    // It comes before the findings line of the summary.
    if let w = r.stderr.range(of: warning), let f = r.stderr.range(of: "findings: ") {
      #expect(w.lowerBound < f.lowerBound)
    }
    let same = try Binary.run(["run", "pipelines/quarter.pipeline.yaml", "--out", out.path])
    #expect(same.status == 0 && !same.stderr.contains("'s census, but the pipeline's LA is"))
  }
}
