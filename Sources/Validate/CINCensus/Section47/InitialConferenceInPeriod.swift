import SafeguardCore

/// 8715: a Section 47 enquiry's date of initial child protection conference, when given, falls
/// within the census year.
///
/// All supported years. The census year runs from 1 April to the reference date, both included.
/// A date that is absent, blank or unreadable passes (other rules report those). Reads the
/// `DateOfInitialCPC` of the `<Section47>` module, the module DfE files the rule under; the
/// episode's own `DateOfInitialCPC` is not checked here. (The public implementation's check does
/// not read the dates at all.)
struct InitialConferenceInPeriod: CensusChildRule {
  static let info = CensusRuleInfo(
    "8715", .error, module: .section47, fields: ["DateOfInitialCPC"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    EpisodeChecks.datesWhere(
      Self.info, child, field: "DateOfInitialCPC", modules: { $0.section47s }, date: { ($0.icpcDate, $0.line) },
      fails: { !context.inPeriod($0) }, into: &report)
  }
}

private let message = "Date of Initial Child Protection Conference must fall within the census year"
