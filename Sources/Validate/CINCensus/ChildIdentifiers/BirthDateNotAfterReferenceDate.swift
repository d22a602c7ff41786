import SafeguardCore

/// 8520: a child's date of birth is on or before the census reference date.
///
/// All supported years. The reference date itself passes; the day after fires. A birth date that
/// is absent, blank or unreadable is left to other rules.
struct BirthDateNotAfterReferenceDate: CensusChildRule {
  static let info = CensusRuleInfo(
    "8520", .error, module: .childIdentifiers, fields: ["PersonBirthDate", "ReferenceDate"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    guard let born = child.birthDate.value, born > context.referenceDate else { return }
    report.add(Self.info, at: CensusPlace("PersonBirthDate", child.birthDate, within: child.line))
  }
}

private let message =
  "Date of Birth is after data collection period (must be on or before the end of the census period)"
