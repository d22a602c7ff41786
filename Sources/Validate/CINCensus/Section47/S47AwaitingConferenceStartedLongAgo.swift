import SafeguardCore

/// 8675Q: a Section 47 enquiry with no initial child protection conference, where one is
/// required, should not have started before the reference date minus 15 working days.
///
/// All supported years. Checked when the enquiry's `DateOfInitialCPC` is absent or blank and
/// `ICPCnotRequired` reads as false (`false` or `0`). The cut-off is the 15th working day before
/// the reference date (weekends and England bank holidays skipped: Monday 10 March 2025 for a
/// 31 March 2025 reference). A start on the cut-off passes; any day before it, including the
/// weekend just before, is queried. A start that is missing or unreadable is left to other rules.
/// The public implementation queries starts after the cut-off; this follows DfE's text ("should
/// not be before") and queries starts before it.
struct S47AwaitingConferenceStartedLongAgo: CensusChildRule {
  static let info = CensusRuleInfo(
    "8675Q", .query, module: .section47, fields: ["S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired"],
    years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    let cutOff = context.fifteenWorkingDaysBefore
    EpisodeChecks.awaitingConference(Self.info, child, startFails: { $0 < cutOff }, into: &report)
  }
}

private let message =
  "Please check: S47 Enquiry started more than 15 working days before the end of the census year. "
  + "However, there is no date of Initial Child Protection Conference."
