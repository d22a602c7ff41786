import SafeguardCore

/// 4014: a child's CIN plans do not overlap.
///
/// All supported years. For any two `CINPlanDates` groups of the child (in the same episode or
/// not), the start of one cannot fall on or after the other's `CINPlanStartDate` and on or before
/// its `CINPlanEndDate`, or, when the other has no end date (absent or blank), on or before the
/// reference date. So a plan starting the day another ends fires, and one starting the day after
/// passes; two plans starting on the same day fire. Plans whose start is missing or unreadable
/// are skipped, and so is a pair where the earlier plan's end date is unreadable. One issue per
/// pair: the start that falls within the other plan, then that plan's start and, when given, end.
struct OverlappingCINPlans: CensusChildRule {
  static let info = CensusRuleInfo(
    "4014", .error, module: .cinPlans, fields: ["CINPlanStartDate", "CINPlanEndDate"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for (inside, open) in EpisodeChecks.startedWithinAnother(
      child.episodes.flatMap(\.cinPlans), start: \.start, end: \.end, stillOpen: { _ in true },
      reference: context.referenceDate)
    {
      report.add(Self.info, at: places(inside, within: open))
    }
  }

  private static func places(_ plan: CensusCINPlan, within other: CensusCINPlan) -> [CensusPlace] {
    var places = [
      CensusPlace("CINPlanStartDate", plan.start, within: plan.line),
      CensusPlace("CINPlanStartDate", other.start, within: other.line),
    ]
    if !other.end.isMissing { places.append(CensusPlace("CINPlanEndDate", other.end, within: other.line)) }
    return places
  }
}

private let message = "CIN Plan data contains overlapping dates"
