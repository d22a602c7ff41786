import SafeguardCore

/// 8617: no assessment factor is returned as code 8A.
///
/// All supported years. Fires once per `AssessmentFactors` reading `8A` (the reader upper-cases
/// codes, so `8a` too); every other code, blank or absent factor passes here.
struct FactorCode8ANotUsed: CensusChildRule {
  static let info = CensusRuleInfo(
    "8617", .error, module: .assessments, fields: ["AssessmentFactors"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for e in child.episodes {
      for a in e.assessments {
        for f in a.factors where f.value == "8A" {
          report.add(Self.info, at: CensusPlace("AssessmentFactors", f, within: a.line))
        }
      }
    }
  }
}

private let message = "Code 8A has been returned. This code is not a valid code."
