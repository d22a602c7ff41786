import SafeguardCore

/// 8720: every child protection plan gives a start date on or before the reference date.
///
/// All supported years. A start that is absent or blank fails; so does one after the reference
/// date (the reference date itself passes). An unreadable start is left to the reader's report.
/// Plans starting before the census year pass: a plan open on 1 April is returned.
struct PlanStartGivenByReferenceDate: CensusChildRule {
  static let info = CensusRuleInfo(
    "8720", .error, module: .childProtectionPlans, fields: ["CPPstartDate"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      for plan in episode.plans {
        if let start = plan.start.value {
          guard start > context.referenceDate else { continue }
        } else if !plan.start.isMissing {
          continue
        }
        report.add(Self.info, at: CensusPlace("CPPstartDate", plan.start, within: plan.line))
      }
    }
  }
}

private let message = "Child Protection Plan Start Date missing or out of data collection period"
