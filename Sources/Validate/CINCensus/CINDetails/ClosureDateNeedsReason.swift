import SafeguardCore

/// 8805: a CIN episode with a closure date also gives its reason for closure.
///
/// All supported years. The closure date counts as given when it has any text, readable or not;
/// the reason is missing when it is absent or blank. An episode with neither passes.
struct ClosureDateNeedsReason: CensusChildRule {
  static let info = CensusRuleInfo(
    "8805", .error, module: .cinDetails, fields: ["CINclosureDate", "ReasonForClosure"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes where !episode.closureDate.isMissing && episode.reasonForClosure.isMissing {
      report.add(
        Self.info,
        at: [
          CensusPlace("ReasonForClosure", episode.reasonForClosure, within: episode.line),
          CensusPlace("CINclosureDate", episode.closureDate, within: episode.line),
        ])
    }
  }
}

private let message = "A CIN case cannot have a CIN closure date without a Reason for Closure"
