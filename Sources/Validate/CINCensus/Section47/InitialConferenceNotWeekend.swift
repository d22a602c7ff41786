import SafeguardCore

/// 8875: a Section 47's initial child protection conference is not held on a Saturday or Sunday.
///
/// All supported years. Fires on a Section 47 `DateOfInitialCPC` that reads as a Saturday or
/// Sunday. Friday and Monday pass, and so does a weekday bank holiday (DfE names the weekend only).
/// An absent, blank or unreadable date passes (other rules report those).
struct InitialConferenceNotWeekend: CensusChildRule {
  static let info = CensusRuleInfo(
    "8875", .error, module: .section47, fields: ["DateOfInitialCPC"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    EpisodeChecks.datesWhere(
      Self.info, child, field: "DateOfInitialCPC", modules: { $0.section47s }, date: { ($0.icpcDate, $0.line) },
      fails: { $0.isWeekend }, into: &report)
  }
}

private let message = "The Date of Initial Child Protection Conference cannot be a weekend"
