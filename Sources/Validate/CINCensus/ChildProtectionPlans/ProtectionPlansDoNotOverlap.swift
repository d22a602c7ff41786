import SafeguardCore

/// 8940: a child's child protection plans do not overlap.
///
/// All supported years. Compares every pair of the child's plans, across all episodes: a plan's
/// `CPPstartDate` overlaps another plan when it falls on or between that plan's start and end
/// dates (both inclusive, so a plan starting the day another ends fires and the day after passes)
/// or, when that plan has no end date (absent or blank), on or between its start and the reference
/// date. Start dates missing or unreadable, and unreadable end dates, skip the pair (other rules
/// report those). One issue per overlapping pair, at the later start, linked to the other plan's
/// dates.
struct ProtectionPlansDoNotOverlap: CensusChildRule {
  static let info = CensusRuleInfo(
    "8940", .error, module: .childProtectionPlans, fields: ["CPPstartDate", "CPPendDate"], years: .all,
    message: message)

  func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    let all = child.episodes.flatMap(\.plans)
    for i in all.indices {
      for j in all.indices where j > i {
        let pair: (CensusProtectionPlan, CensusProtectionPlan)? =
          starts(all[i], within: all[j], context)
          ? (all[i], all[j])
          : starts(all[j], within: all[i], context) ? (all[j], all[i]) : nil
        guard case let (inside, open)? = pair else { continue }
        report.add(
          Self.info,
          at: [
            CensusPlace("CPPstartDate", inside.start, within: inside.line),
            CensusPlace("CPPstartDate", open.start, within: open.line),
            CensusPlace("CPPendDate", open.end, within: open.line),
          ])
      }
    }
  }

  private func starts(_ a: CensusProtectionPlan, within b: CensusProtectionPlan, _ context: CensusContext) -> Bool {
    guard let start = a.start.value, let opened = b.start.value, start >= opened else { return false }
    switch b.end.state {
    case .present: return start <= b.end.value!
    case .absent, .blank: return start <= context.referenceDate
    case .unreadable: return false
    }
  }
}

private let message = "Child Protection Plan data contains overlapping dates"
