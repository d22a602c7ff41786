import CensusSamples
import PropertyBased
import SafeguardCore
import Testing

@testable import Validate

/// Valid censuses give no DfE finding; each seeded fault makes its rule fire, for its child, and
/// no rule it does not name.
@Suite struct SeededFaultTests {
  static let years = CensusYear.supported.map(\.endYear)

  /// A random valid child: its age, sex, ethnicity, disabilities and one or two episodes.
  static let shapes = Gen.int(in: 0...1_000_000).array(of: 12...12).map { n -> ChildShape in
    func episode(_ k: Int) -> EpisodeShape {
      EpisodeShape(
        nfa: n[k] % 7 == 0, gap: n[k + 1] % 40, source: n[k + 2], assessmentDelay: n[k + 3] % 5,
        assessmentLength: n[k + 3] % 44, factors: n[k + 4] % 4, factorCode: n[k + 4], section47: n[k + 5] % 3 == 0,
        conference: n[k + 5] % 2 == 0, cinPlan: n[k + 5] % 5 == 1, closed: n[k] % 4 != 0)
    }
    let episodes = n[11] % 3 == 0 ? [episode(1), episode(6)] : [episode(1)]
    return ChildShape(
      // Sex not known is left to 2886Q's own fault: a few in a small file pass its 2% limit.
      age: n[0] % 18, sex: n[0] % 2, ethnicity: n[2], disabilities: n[3] % 5 == 0 ? 1 : 0,
      disabilityCode: n[4], episodes: episodes)
  }

  @Test(arguments: Self.years)
  func randomValidChildrenGiveNoFinding(endYear: Int) async {
    let sample = CensusSample(endYear: endYear)
    let base = SampleShapes.standard.enumerated().map { sample.child($0.offset + 1, $0.element) }
    await propertyCheck(input: Self.shapes.array(of: 1...12)) { shapes in
      let extra = shapes.enumerated().map { sample.child(100 + $0.offset, $0.element) }
      let findings = CensusValidation.validate(sample.census(base + extra)).findings
      #expect(
        findings.isEmpty, "\(findings.prefix(6).map { "\($0.rule.code) \($0.childRef ?? "") \($0.field ?? "")" })")
    }
  }

  @Test func everyRuleHasASeededFault() {
    let seeded = Set(SeededFaults.all.map(\.code))
    let missing = CensusRules.all.map(\.info.code).filter { !seeded.contains($0) }
    #expect(missing.isEmpty, "no seeded fault for \(missing.sorted())")
  }

  @Test(arguments: SeededFaults.all.map { FaultCase($0) })
  func aSeededFaultFiresItsRuleOnly(_ c: FaultCase) {
    for endYear in Self.years where c.fault.endYear.map({ $0 == endYear }) ?? true {
      let sample = CensusSample(endYear: endYear)
      guard let year = CensusRules.rule(c.fault.code)?.info.years, year.contains(CensusYear(endingIn: endYear)) else {
        continue
      }
      let findings = CensusValidation.validate(c.fault.census(sample)).findings
      let fired = Set(findings.map(\.rule.code))
      #expect(fired.contains(c.fault.code), "\(c.fault.code) did not fire in \(endYear - 1)-\(endYear % 100)")
      let stray = fired.subtracting(c.fault.also).subtracting([c.fault.code])
      #expect(stray.isEmpty, "\(c.fault.code) in \(endYear): also fired \(stray.sorted())")
      if case .child = c.fault.change {
        #expect(findings.filter { $0.rule.code == c.fault.code }.allSatisfy { $0.childRef == "C900" })
      }
    }
  }
}

/// A seeded fault as a test argument, named by its rule.
struct FaultCase: Sendable, CustomTestStringConvertible {
  let fault: SeededFault
  init(_ fault: SeededFault) { self.fault = fault }
  var testDescription: String { fault.code }
}
