import SafeguardCore

/// 8535Q: a child's date of death is on or after their date of birth.
///
/// All supported years. Checked only when both dates read as dates; dying on the day of birth
/// passes. A child with a death date and no birth date passes here.
///
/// DfE's text compares the two dates only. The public implementation also fires when the birth
/// date is missing (unless an expected birth date lies after the death); we follow DfE's text.
struct DeathDateNotBeforeBirthDate: CensusChildRule {
  static let info = CensusRuleInfo(
    "8535Q", .query, module: .childIdentifiers, fields: ["PersonDeathDate", "PersonBirthDate"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    guard let died = child.deathDate.value, let born = child.birthDate.value, died < born else { return }
    report.add(
      Self.info,
      at: [
        CensusPlace("PersonDeathDate", child.deathDate, within: child.line),
        CensusPlace("PersonBirthDate", child.birthDate, within: child.line),
      ])
  }
}

private let message = "Child’s date of death should not be prior to the date of birth"
