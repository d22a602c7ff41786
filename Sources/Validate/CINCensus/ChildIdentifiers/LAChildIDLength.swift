import SafeguardCore

/// 1570: an `LAchildID` is at most 20 characters long.
///
/// From 2024/25. Counts the characters as written, without surrounding white space; 20 passes, 21 fires.
/// An absent or blank `LAchildID` passes here (the rules on missing identifiers report it).
struct LAChildIDLength: CensusChildRule {
  static let info = CensusRuleInfo(
    "1570", .error, module: .childIdentifiers, fields: ["LAchildID"], years: .from("2024-25"), message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    guard let id = child.laChildID.value, id.count > 20 else { return }
    report.add(Self.info, at: CensusPlace("LAchildID", child.laChildID, within: child.line))
  }
}

private let message = "LA Child ID must not be longer than 20 characters"
