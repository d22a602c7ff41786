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

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for (inside, open) in EpisodeChecks.startedWithinAnother(
      child.episodes.flatMap(\.plans), start: \.start, end: \.end, stillOpen: { _ in true },
      reference: context.referenceDate)
    {
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

private let message = "Child Protection Plan data contains overlapping dates"
