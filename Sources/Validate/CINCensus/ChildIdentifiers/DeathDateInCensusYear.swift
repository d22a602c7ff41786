import SafeguardCore

/// 8545Q: a child's date of death, when given, falls within the census period.
///
/// All supported years. 1 April and the reference date both pass; 31 March before and the day
/// after the reference date fire. An absent, blank or unreadable death date is left to other rules.
struct DeathDateInCensusYear: CensusChildRule {
  static let info = CensusRuleInfo(
    "8545Q", .query, module: .childIdentifiers, fields: ["PersonDeathDate"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    guard let died = child.deathDate.value, !context.inPeriod(died) else { return }
    report.add(Self.info, at: CensusPlace("PersonDeathDate", child.deathDate, within: child.line))
  }
}

private let message = "Please check: Child's date of death should be within the census year"
