import SafeguardCore

/// 8614: an assessment without an authorisation date records no assessment factors.
///
/// All supported years. Fires once per assessment whose `AssessmentAuthorisationDate` is absent
/// or blank while at least one `AssessmentFactors` has text, naming the authorisation date and
/// each such factor. An unreadable authorisation date still has text, so it counts as given
/// (its format is another rule's). Blank factor elements are not factors.
struct FactorsOnlyForAuthorisedAssessment: CensusChildRule {
  static let info = CensusRuleInfo(
    "8614", .error, module: .assessments, fields: ["AssessmentAuthorisationDate", "AssessmentFactors"],
    years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for e in child.episodes {
      for a in e.assessments where a.authorised.isMissing {
        let factors = a.factors.filter { !$0.isMissing }
        guard !factors.isEmpty else { continue }
        report.add(
          Self.info,
          at: [CensusPlace("AssessmentAuthorisationDate", a.authorised, within: a.line)]
            + factors.map { CensusPlace("AssessmentFactors", $0, within: a.line) })
      }
    }
  }
}

private let message = "Parental or child factors at assessment should only be present for a completed assessment."
