import SafeguardCore

/// 8640: a CIN episode's reason for closure, when given, is one of DfE's codes RC1 to RC9.
///
/// All supported years (the code list is the same in each). Codes are compared upper-cased, as
/// the reader keeps them, so `rc8` passes. An absent or blank reason passes: 8805 reports a
/// closed episode without one.
struct ReasonForClosureCode: CensusChildRule {
  static let info = CensusRuleInfo(
    "8640", .error, module: .cinDetails, fields: ["ReasonForClosure"], years: .all, message: message)

  static let codes: Set<String> = ["RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9"]

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      guard let code = episode.reasonForClosure.value, !Self.codes.contains(code) else { continue }
      report.add(Self.info, at: CensusPlace("ReasonForClosure", episode.reasonForClosure, within: episode.line))
    }
  }
}

private let message = "CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)"
