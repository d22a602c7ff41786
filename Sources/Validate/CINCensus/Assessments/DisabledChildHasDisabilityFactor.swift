import SafeguardCore

/// 8899Q: a child with a disability has factor 5A or 6A on each assessment authorised on or after
/// 1 April of the census year.
///
/// All supported years. Applies to a child with at least one written `Disability` other than NONE
/// (any case); a child with no disabilities, or NONE only, passes. Checks assessments whose
/// `AssessmentAuthorisationDate` reads as a date on or after the start of the census period (31
/// March before is not checked): fires once per assessment whose factors include neither 5A nor 6A
/// (a disability factor). The issue is at the assessment's factors (or the assessment when it has
/// none), linked to the child's first disability other than NONE.
struct DisabledChildHasDisabilityFactor: CensusChildRule {
  static let info = CensusRuleInfo(
    "8899Q", .query, module: .assessments,
    fields: ["AssessmentFactors", "Disability", "AssessmentAuthorisationDate"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    guard let disability = child.disabilities.first(where: { $0.value != nil && $0.value != "NONE" }) else { return }
    for episode in child.episodes {
      for a in episode.assessments {
        guard let authorised = a.authorised.value, authorised >= context.periodStart,
          !a.factors.contains(where: { $0.value == "5A" || $0.value == "6A" })
        else { continue }
        let factors =
          a.factors.first.map { CensusPlace("AssessmentFactors", $0, within: a.line) }
          ?? CensusPlace("AssessmentFactors", line: a.line)
        report.add(Self.info, at: [factors, CensusPlace("Disability", disability, within: child.line)])
      }
    }
  }
}

private let message =
  "Please check: A child identified as having a disability does not have a disability factor recorded at the end "
  + "of assessment."
