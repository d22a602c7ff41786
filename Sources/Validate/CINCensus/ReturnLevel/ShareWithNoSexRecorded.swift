import SafeguardCore

/// 2886Q: at most 2% of the children in the file, not counting unborn children, have no sex (gender to
/// 2023/24) recorded.
///
/// All supported years; checked once per file. A child counts when it has no `ExpectedPersonBirthDate`
/// (absent or blank) and its sex is missing or not known. Changed in 2024/25: `Sex` replaced
/// `GenderCurrent`, so from 2024/25 not known is `U` (read from `Sex`), and DfE's message says "sex" and
/// asks for an amendment or a reason; to 2023/24 not known is `0` (read from `GenderCurrent`) with the
/// gender message. The share is of all child records; exactly 2% passes, more fires. A file without
/// children passes. Reported once, at the `Children` element.
struct ShareWithNoSexRecorded: CensusReturnRule {
  static let info = CensusRuleInfo(
    "2886Q", .query, module: .returnLevel, fields: ["Sex", "GenderCurrent", "ExpectedPersonBirthDate"],
    years: .all, message: message)

  static func check(_ census: CensusReturn, in context: CensusContext, into report: inout ValidationReport) {
    let sexFrom2024 = context.year >= CensusYear(endingIn: 2025)
    let total = census.children.count
    guard total > 0 else { return }
    var counted = 0
    for child in census.children where child.expectedBirthDate.isMissing {
      let recorded = sexFrom2024 ? child.sex : child.genderCurrent
      if recorded.value.map({ $0 == (sexFrom2024 ? "U" : "0") }) ?? true { counted += 1 }
    }
    // More than 2%: counted / total > 2 / 100, in whole numbers.
    guard counted * 100 > total * 2 else { return }
    let line = census.childrenLine > 0 ? census.childrenLine : census.header.line
    report.add(
      Self.info, at: CensusPlace("Children", line: line),
      message: sexFrom2024 ? message : message2023)
  }
}

private let message = """
  Please check and either amend or provide a reason: \
  Percentage of children with no sex recorded is more than 2% (excluding unborns)
  """
private let message2023 = """
  Please check: \
  Percentage of children with no gender recorded is more than 2% (excluding unborns)
  """
