import SafeguardCore

/// 8510: no two children in the return share an `LAchildID`.
///
/// All supported years. Identifiers are compared exactly as written (after the reader trims
/// surrounding white space), so `ab1` and `AB1` are different children. A missing identifier is
/// 8500's and takes part in no comparison. Each shared identifier is one issue naming every child
/// that carries it, in file order.
struct LAChildIDUnique: CensusReturnRule {
  static let info = CensusRuleInfo(
    "8510", .error, module: .childIdentifiers, fields: ["LAchildID"], years: .all, message: message)

  static func check(_ census: CensusReturn, in context: CensusContext, into report: inout ValidationReport) {
    for indices in RepeatedKeys.groups(census.children.map(\.laChildID.value)) {
      let children = indices.map { census.children[$0] }
      report.attribute(to: children[0])
      report.add(Self.info, at: children.map { CensusPlace("LAchildID", $0.laChildID, within: $0.line) })
    }
    report.attribute(to: nil)
  }
}

private let message = "More than one child record with the same LA Child ID"
