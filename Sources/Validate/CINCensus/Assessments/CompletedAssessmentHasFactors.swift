import SafeguardCore

/// 8897: an assessment authorised on or after 1 April of the census year has one or more valid
/// assessment factors.
///
/// All supported years. Checks assessments whose `AssessmentAuthorisationDate` reads as a date on
/// or after the start of the census period (31 March before it is not checked; a date after the
/// reference date is). Fires once per assessment when no factor is written (none, or only blank
/// ones), or when a written factor is not a census code (1A to 24A as listed in every supported
/// year's schema; compared upper-cased). The issue is at the authorisation date, linked to the
/// invalid factors.
struct CompletedAssessmentHasFactors: CensusChildRule {
  static let info = CensusRuleInfo(
    "8897", .error, module: .assessments, fields: ["AssessmentAuthorisationDate", "AssessmentFactors"], years: .all,
    message: message)

  static let codes: Set<String> = [
    "1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C", "4A", "4B", "4C", "5A", "5B", "5C", "6A", "6B", "6C", "7A",
    "8B", "8C", "8D", "8E", "8F", "9A", "10A", "11A", "12A", "13A", "14A", "15A", "16A", "17A", "18A", "18B", "18C",
    "19A", "19B", "19C", "20", "21", "22A", "23A", "24A",
  ]

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      for a in episode.assessments {
        guard let authorised = a.authorised.value, authorised >= context.periodStart else { continue }
        // Most assessments pass: written factors, all valid.
        let passes =
          a.factors.contains { !$0.isMissing }
          && a.factors.allSatisfy { $0.isMissing || Self.codes.contains($0.value ?? "") }
        if passes { continue }
        let written = a.factors.filter { !$0.isMissing }
        let invalid = written.filter { !Self.codes.contains($0.value ?? "") }
        guard written.isEmpty || !invalid.isEmpty else { continue }
        report.add(
          Self.info,
          at: [CensusPlace("AssessmentAuthorisationDate", a.authorised, within: a.line)]
            + invalid.map { CensusPlace("AssessmentFactors", $0, within: a.line) })
      }
    }
  }
}

private let message = "Parental or child factors at assessment information is missing from a completed assessment"
