import SafeguardCore

/// 8870Q: a Section 47's target date for the initial child protection conference should not be a
/// Saturday or Sunday.
///
/// All supported years. Fires on an `InitialCPCtarget` that reads as a Saturday or Sunday. Friday
/// and Monday pass, and so does a weekday bank holiday (DfE names the weekend only). An absent,
/// blank or unreadable target passes (other rules report those).
struct InitialConferenceTargetNotWeekend: CensusChildRule {
  static let info = CensusRuleInfo(
    "8870Q", .query, module: .section47, fields: ["InitialCPCtarget"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    EpisodeChecks.datesWhere(
      Self.info, child, field: "InitialCPCtarget", modules: { $0.section47s }, date: { ($0.icpcTarget, $0.line) },
      fails: { $0.isWeekend }, into: &report)
  }
}

private let message = "Please check: The Target Date for Initial Child Protection Conference should not be a weekend"
