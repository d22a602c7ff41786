import SafeguardCore

/// 8620: a CIN closure date, when given, falls within the census period.
///
/// All supported years. 1 April and the reference date both pass; 31 March before and the day
/// after the reference date fire. Absent, blank or unreadable dates are left to other rules.
///
/// DfE's text says "within [Period_of_Census]"; the public implementation also fires on 1 April
/// and on the reference date itself. We follow DfE's text and let both end days pass.
struct ClosureDateInCensusYear: CensusChildRule {
  static let info = CensusRuleInfo(
    "8620", .error, module: .cinDetails, fields: ["CINclosureDate"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for e in child.episodes {
      guard let closed = e.closureDate.value, !context.inPeriod(closed) else { continue }
      report.add(Self.info, at: CensusPlace("CINclosureDate", e.closureDate, within: e.line))
    }
  }
}

private let message = "CIN Closure Date present and does not fall within the Census year"
