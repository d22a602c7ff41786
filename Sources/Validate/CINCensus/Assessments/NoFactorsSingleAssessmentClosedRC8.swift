import SafeguardCore

/// 8873: an episode with a single assessment whose factors include 21 (no factors identified) is
/// closed with reason RC8.
///
/// All supported years. Checked on episodes with exactly one `<Assessments>` module: when one of
/// its factors reads 21 and `ReasonForClosure` is written and is not RC8 (any case), fires once, at
/// the reason, linked to the 21. Two or more assessments pass. An episode with no reason for
/// closure (absent or blank) is not yet closed and passes: we read DfE's "must = RC8" as applying
/// to the reason given, as the message says; the public implementation also fires on open episodes.
struct NoFactorsSingleAssessmentClosedRC8: CensusChildRule {
  static let info = CensusRuleInfo(
    "8873", .error, module: .assessments, fields: ["ReasonForClosure", "AssessmentFactors"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes where episode.assessments.count == 1 {
      let a = episode.assessments[0]
      guard let none = a.factors.first(where: { $0.value == "21" }), !episode.reasonForClosure.isMissing,
        episode.reasonForClosure.value != "RC8"
      else { continue }
      report.add(
        Self.info,
        at: [
          CensusPlace("ReasonForClosure", episode.reasonForClosure, within: episode.line),
          CensusPlace("AssessmentFactors", none, within: a.line),
        ])
    }
  }
}

private let message =
  "When there is only one assessment on the episode and the factors code “21 No factors identified” has been used "
  + "for the completed assessment, the reason for closure ‘RC8’ must be used."
