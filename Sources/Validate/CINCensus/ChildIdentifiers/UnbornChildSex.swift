import SafeguardCore

/// 8750: an unborn child's sex is recorded as not known: `Sex` U from 2024/25, `GenderCurrent`
/// 0 in 2023/24.
///
/// All supported years, changed in 2024/25: the census replaced `GenderCurrent` (1, 2, 0, 9)
/// with `Sex` (M, F, U), and the rule and its message followed. A child is unborn when
/// `ExpectedPersonBirthDate` has text and `PersonBirthDate` is absent or blank. The code compares
/// upper-cased (`u` passes). A missing `Sex` or `GenderCurrent` is left to the rule requiring it.
struct UnbornChildSex: CensusChildRule {
  static let info = CensusRuleInfo(
    "8750", .error, module: .childIdentifiers,
    fields: ["Sex", "GenderCurrent", "PersonBirthDate", "ExpectedPersonBirthDate"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    guard !child.expectedBirthDate.isMissing, child.birthDate.isMissing else { return }
    // 2024/25 on: Sex must be U. Before: GenderCurrent must be 0.
    let sexFrom2025 = context.year >= CensusYear(endingIn: 2025)
    let field = sexFrom2025 ? "Sex" : "GenderCurrent"
    let value = sexFrom2025 ? child.sex : child.genderCurrent
    guard let code = value.value, code != (sexFrom2025 ? "U" : "0") else { return }
    report.add(
      Self.info,
      at: [
        CensusPlace(field, value, within: child.line),
        CensusPlace("ExpectedPersonBirthDate", child.expectedBirthDate, within: child.line),
      ], message: sexFrom2025 ? message : messageTo2024)
  }
}

private let message = "Sex must equal U for an unborn child"
private let messageTo2024 = "Gender must equal 0 for an unborn child"
