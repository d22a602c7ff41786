import SafeguardCore

/// 8869: an assessment whose factors include 21 (no factors identified) has no other factor.
///
/// All supported years. Checked per assessment: fires once when one of its `AssessmentFactors`
/// reads 21 and any other factor is written (21 again included); blank factors are not factors. The
/// issue is at the 21, linked to the other factors.
///
/// DfE over the public implementation: DfE's text is about one assessment's factors; the public
/// code pools the factors of every assessment in the episode.
struct NoFactorsCodeStandsAlone: CensusChildRule {
  static let info = CensusRuleInfo(
    "8869", .error, module: .assessments, fields: ["AssessmentFactors"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      for a in episode.assessments where a.factors.count > 1 && a.factors.contains(where: { $0.value == "21" }) {
        let written = a.factors.filter { !$0.isMissing }
        guard let none = written.firstIndex(where: { $0.value == "21" }), written.count > 1 else { continue }
        let others = written.indices.filter { $0 != none }.map { written[$0] }
        report.add(
          Self.info,
          at: [CensusPlace("AssessmentFactors", written[none], within: a.line)]
            + others.map { CensusPlace("AssessmentFactors", $0, within: a.line) })
      }
    }
  }
}

private let message =
  "The assessment factors code “21” cannot be used in conjunction with any other assessment factors."
