import SafeguardCore

/// 8500: every child has an `LAchildID`.
///
/// All supported years. Fires when the element is absent or blank (reported at the child's line
/// when absent); any text, however odd, is an identifier here, and its format is other rules' concern.
struct LAChildIDPresent: CensusChildRule {
  static let info = CensusRuleInfo(
    "8500", .error, module: .childIdentifiers, fields: ["LAchildID"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    guard child.laChildID.isMissing else { return }
    report.add(Self.info, at: CensusPlace("LAchildID", child.laChildID, within: child.line))
  }
}

private let message = "LA Child ID missing"
