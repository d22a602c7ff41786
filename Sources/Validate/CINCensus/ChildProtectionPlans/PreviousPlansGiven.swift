import SafeguardCore

/// 8730: every child protection plan gives its number of previous plans, zero or more.
///
/// All supported years. An absent or blank `NumberOfPreviousCPP` fails, and so does a negative
/// one; 0 passes. Text that does not read as a whole number is left to the reader's report.
struct PreviousPlansGiven: CensusChildRule {
  static let info = CensusRuleInfo(
    "8730", .error, module: .childProtectionPlans, fields: ["NumberOfPreviousCPP"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      for plan in episode.plans {
        if let n = plan.previousPlans.value {
          guard n < 0 else { continue }
        } else if !plan.previousPlans.isMissing {
          continue
        }
        report.add(Self.info, at: CensusPlace("NumberOfPreviousCPP", plan.previousPlans, within: plan.line))
      }
    }
  }
}

private let message = "Total Number of previous Child Protection Plans missing"
