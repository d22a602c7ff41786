import SafeguardCore

/// 8525: a child has exactly one of a date of birth and an expected date of birth.
///
/// All supported years. A date counts as provided when the element has text, even text that is
/// not a readable date (that is another rule's); absent and blank count as not provided. Fires
/// when both are provided or neither is, naming both fields.
///
/// The public implementation also carries an `8525Q` with the same test and message. DfE's rule
/// is one check; we register it once, as DfE's error 8525, so one child is not reported twice.
struct BirthDateOrExpectedBirthDate: CensusChildRule {
  static let info = CensusRuleInfo(
    "8525", .error, module: .childIdentifiers, fields: ["PersonBirthDate", "ExpectedPersonBirthDate"],
    years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    guard child.birthDate.isMissing == child.expectedBirthDate.isMissing else { return }
    report.add(
      Self.info,
      at: [
        CensusPlace("PersonBirthDate", child.birthDate, within: child.line),
        CensusPlace("ExpectedPersonBirthDate", child.expectedBirthDate, within: child.line),
      ])
  }
}

private let message = "Either Date of Birth or Expected Date of Birth must be provided (but not both)"
