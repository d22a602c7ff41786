import SafeguardCore

/// 2991Q: an episode that records a Section 47 enquiry also records an assessment.
///
/// All supported years. Fires once per episode that holds at least one `Section47` module and no
/// `Assessments` module, at the episode, linked to each of its Section 47 modules. An episode with an
/// assessment passes whatever the assessment holds; an episode without a Section 47 passes.
///
/// The public implementation joins the Section 47 modules to the CIN details table instead of the
/// assessments, so it never sees the assessments DfE's message names; we check the episode's assessments.
struct Section47HasAssessment: CensusChildRule {
  static let info = CensusRuleInfo(
    "2991Q", .query, module: .cinDetails, fields: ["Section47", "Assessments"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes where !episode.section47s.isEmpty && episode.assessments.isEmpty {
      report.add(
        Self.info,
        at: [CensusPlace("CINdetails", line: episode.line)]
          + episode.section47s.map { CensusPlace("Section47", line: $0.line) })
    }
  }
}

private let message = "Please check: A Section 47 module is recorded and there is no assessment on the episode"
