import SafeguardCore

/// 8810: a CIN episode with a reason for closure also gives its closure date.
///
/// All supported years. The reason counts as given when it has any text (valid or not: 8640
/// checks the code); the closure date is missing when it is absent or blank. An unreadable
/// closure date is given, and left to the reader's report. An episode with neither passes.
struct ReasonNeedsClosureDate: CensusChildRule {
  static let info = CensusRuleInfo(
    "8810", .error, module: .cinDetails, fields: ["ReasonForClosure", "CINclosureDate"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes where !episode.reasonForClosure.isMissing && episode.closureDate.isMissing {
      report.add(
        Self.info,
        at: [
          CensusPlace("CINclosureDate", episode.closureDate, within: episode.line),
          CensusPlace("ReasonForClosure", episode.reasonForClosure, within: episode.line),
        ])
    }
  }
}

private let message = "A CIN case cannot have a Reason for Closure without a CIN Closure Date"
