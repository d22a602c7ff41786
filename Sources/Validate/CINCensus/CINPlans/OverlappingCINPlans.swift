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

  func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    let plans = child.episodes.flatMap(\.cinPlans).filter { $0.start.value != nil }
    for i in plans.indices {
      for j in plans.indices where j > i {
        let (a, b) = (plans[i], plans[j])
        if starts(a, within: b, context) {
          report.add(Self.info, at: places(a, within: b))
        } else if starts(b, within: a, context) {
          report.add(Self.info, at: places(b, within: a))
        }
      }
    }
  }

  /// `plan` starts on a day `other` is open: from its start to its end, or to the reference date.
  private func starts(_ plan: CensusCINPlan, within other: CensusCINPlan, _ context: CensusContext) -> Bool {
    guard let day = plan.start.value, let start = other.start.value, day >= start else { return false }
    if other.end.isMissing { return day <= context.referenceDate }
    return other.end.value.map { day <= $0 } ?? false
  }

  private func places(_ plan: CensusCINPlan, within other: CensusCINPlan) -> [CensusPlace] {
    var places = [
      CensusPlace("CINPlanStartDate", plan.start, within: plan.line),
      CensusPlace("CINPlanStartDate", other.start, within: other.line),
    ]
    if !other.end.isMissing { places.append(CensusPlace("CINPlanEndDate", other.end, within: other.line)) }
    return places
  }
}

private let message = "CIN Plan data contains overlapping dates"
