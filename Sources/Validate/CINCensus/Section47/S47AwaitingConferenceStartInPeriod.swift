import SafeguardCore

/// 8740: a Section 47 enquiry still waiting for a required initial child protection conference
/// started within the census year.
///
/// All supported years. Checked when the enquiry's `DateOfInitialCPC` is absent or blank and
/// `ICPCnotRequired` reads as false (`false` or `0`); its start must be on or after 1 April and
/// on or before the reference date. A start that is missing or unreadable is left to other rules.
struct S47AwaitingConferenceStartInPeriod: CensusChildRule {
  static let info = CensusRuleInfo(
    "8740", .error, module: .section47, fields: ["S47ActualStartDate", "DateOfInitialCPC", "ICPCnotRequired"],
    years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    EpisodeChecks.awaitingConference(Self.info, child, startFails: { !context.inPeriod($0) }, into: &report)
  }
}

private let message =
  "For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, "
  + "the start date must fall within the census year"
