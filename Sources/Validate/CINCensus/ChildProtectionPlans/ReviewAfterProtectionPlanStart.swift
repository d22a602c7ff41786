import SafeguardCore

/// 8841: each review of a child protection plan is after the plan's start date.
///
/// All supported years. Compares each `CPPreviewDate` that reads as a date with the plan's
/// `CPPstartDate`: a review on the start day or before fires, the day after passes. A missing or
/// unreadable start or review date passes (other rules report those). Reviews are only compared
/// with the plan they are nested in. One issue per review, at the review, linked to the start.
struct ReviewAfterProtectionPlanStart: CensusChildRule {
  static let info = CensusRuleInfo(
    "8841", .error, module: .childProtectionPlans, fields: ["CPPstartDate", "CPPreviewDate"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      for p in episode.plans {
        guard let start = p.start.value else { continue }
        for r in p.reviews {
          guard let review = r.value, review <= start else { continue }
          report.add(
            Self.info,
            at: [
              CensusPlace("CPPreviewDate", r, within: p.line), CensusPlace("CPPstartDate", p.start, within: p.line),
            ])
        }
      }
    }
  }
}

private let message = "The review date cannot be on the same day or before the Child protection Plan start date."
