import SafeguardCore

/// 4180: the child's sex (gender to 2023/24) is given and is one of DfE's codes.
///
/// From 2024/25 the census records `Sex`, which must be `M`, `F` or `U`. Up to 2023/24 it recorded
/// `GenderCurrent`, which had to be `1`, `2`, `0` or `9`, and DfE's message was "Gender is
/// missing": DfE changed the rule with the field in 2024/25, so the rule branches on the year and
/// checks the field that year's schema defines. Codes are compared as read (letters upper-cased).
/// Absent and blank fire, as does any other code. One issue per child, at the field.
struct SexMissingOrInvalid: CensusChildRule {
  static let info = CensusRuleInfo(
    "4180", .error, module: .childIdentifiers, fields: ["Sex", "GenderCurrent"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    if context.year >= CensusYear(endingIn: 2025) {
      guard !["M", "F", "U"].contains(child.sex.value ?? "") else { return }
      report.add(Self.info, at: CensusPlace("Sex", child.sex, within: child.line))
    } else {
      // 2023/24: GenderCurrent, with DfE's message of that year.
      guard !["1", "2", "0", "9"].contains(child.genderCurrent.value ?? "") else { return }
      report.add(
        Self.info, at: CensusPlace("GenderCurrent", child.genderCurrent, within: child.line), message: genderMessage)
    }
  }
}

private let message = "Sex must be provided and equal M, F, or U"
private let genderMessage = "Gender is missing"
