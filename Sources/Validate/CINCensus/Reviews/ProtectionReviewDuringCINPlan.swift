import SafeguardCore

/// 4003: a child protection review is not held while a CIN plan of the same episode is open.
///
/// All supported years. Within one `CINdetails` episode, a `CPPreviewDate` fires when it falls on
/// or after a CIN plan's `CINPlanStartDate` and on or before its `CINPlanEndDate`, or on or after
/// the start of a CIN plan with no end date (absent or blank: still open). A review on the same
/// day as its own plan's `CPPendDate` passes (the protection plan ends at that review and the CIN
/// plan takes over). Reviews and plan dates that are missing or unreadable are skipped (other
/// rules report them), as is a CIN plan whose end date is unreadable. One issue per review and CIN
/// plan, naming the review, the CIN plan's start and, when given, its end.
///
/// DfE's text wins over the public implementation in three places: the review and the CIN plan
/// are compared within their episode (the public code compares them across all of the child's
/// episodes); a review falls "between" the CIN plan's dates on its end date too (the public code
/// stops the day before); and a review of a plan that has not ended, or during a CIN plan that
/// has not ended, fires (the public code needs both end dates).
struct ProtectionReviewDuringCINPlan: CensusChildRule {
  static let info = CensusRuleInfo(
    "4003", .error, module: .reviews, fields: ["CPPreviewDate", "CINPlanStartDate", "CINPlanEndDate"],
    years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      for plan in episode.plans {
        for review in plan.reviews {
          guard let day = review.value, day != plan.end.value else { continue }
          for cin in episode.cinPlans {
            guard let start = cin.start.value, day >= start else { continue }
            if cin.end.isMissing {
              report.add(
                Self.info, at: [place(review, plan), CensusPlace("CINPlanStartDate", cin.start, within: cin.line)])
            } else if let end = cin.end.value, day <= end {
              report.add(
                Self.info,
                at: [
                  place(review, plan), CensusPlace("CINPlanStartDate", cin.start, within: cin.line),
                  CensusPlace("CINPlanEndDate", cin.end, within: cin.line),
                ])
            }
          }
        }
      }
    }
  }

  private static func place(_ review: CensusDate, _ plan: CensusProtectionPlan) -> CensusPlace {
    CensusPlace("CPPreviewDate", review, within: plan.line)
  }
}

private let message = "A CPP review date is shown as being held at the same time as an open CIN Plan."
