import SafeguardCore

/// 8825Q: an episode closed with RC8 or RC9 (closed after assessment) should hold an assessment.
///
/// All supported years. Fires when `ReasonForClosure` reads RC8 or RC9 (any case) and the episode
/// has no `<Assessments>` module at all; one module of any content passes. Other reasons, and a
/// blank or absent reason, pass.
struct ClosedAfterAssessmentHasAssessment: CensusChildRule {
  static let info = CensusRuleInfo(
    "8825Q", .query, module: .cinDetails, fields: ["ReasonForClosure", "Assessments"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      guard let reason = episode.reasonForClosure.value, reason == "RC8" || reason == "RC9",
        episode.assessments.isEmpty
      else { continue }
      report.add(Self.info, at: CensusPlace("ReasonForClosure", episode.reasonForClosure, within: episode.line))
    }
  }
}

private let message =
  "Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after assessment) "
  + "or RC9 (case closed after assessment, referred to early help) has been returned but there is no assessment "
  + "present for the episode."
