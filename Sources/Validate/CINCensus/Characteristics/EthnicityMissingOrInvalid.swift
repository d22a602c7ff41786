import SafeguardCore

/// 4220: the child's ethnicity is given and is one of DfE's ethnicity codes.
///
/// All supported years (the code list is the same in every year's schema: `WBRI` to `NOBT`, with
/// `REFU` for refused and `NOBT` for not yet obtained). Codes are compared as read (letters
/// upper-cased). Absent and blank fire, as does any other code. One issue per child, at
/// `Ethnicity`.
struct EthnicityMissingOrInvalid: CensusChildRule {
  static let info = CensusRuleInfo(
    "4220", .error, module: .characteristics, fields: ["Ethnicity"], years: .all, message: message)

  static let codes: Set<String> = [
    "WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB",
    "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT",
  ]

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    guard !Self.codes.contains(child.ethnicity.value ?? "") else { return }
    report.add(Self.info, at: CensusPlace("Ethnicity", child.ethnicity, within: child.line))
  }
}

private let message = "Ethnicity is missing or invalid (see Ethnicity table)"
