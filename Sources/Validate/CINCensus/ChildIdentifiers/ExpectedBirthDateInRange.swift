import SafeguardCore

/// 8530Q: an expected date of birth falls between 30 days before and 9 months after the reference date.
///
/// All supported years. Both ends are inside the range: for a reference date of 31 March 2025,
/// 1 March 2025 to 31 December 2025 pass, 28 February and 1 January 2026 fire. An expected date
/// that is absent, blank or unreadable is left to other rules.
///
/// DfE's text says "between" the two dates; the public implementation also fires on the two end
/// days themselves. We follow DfE's text and let both end days pass.
struct ExpectedBirthDateInRange: CensusChildRule {
  static let info = CensusRuleInfo(
    "8530Q", .query, module: .childIdentifiers, fields: ["ExpectedPersonBirthDate", "ReferenceDate"],
    years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    guard let expected = child.expectedBirthDate.value else { return }
    let earliest = context.referenceDate.adding(days: -30)
    let latest = context.referenceDate.adding(months: 9)
    guard expected < earliest || expected > latest else { return }
    report.add(Self.info, at: CensusPlace("ExpectedPersonBirthDate", child.expectedBirthDate, within: child.line))
  }
}

private let message =
  "Please check: Expected Date of Birth is outside the expected range for this census "
  + "(March to December of the Census Year end)"
