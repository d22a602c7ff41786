import SafeguardCore

/// 1520: no two children in the file share a UPN.
///
/// All supported years. One issue per UPN written on more than one child, at each of those children's `UPN`
/// (the issue is attributed to the first of them). UPNs are compared ignoring letter case; absent or blank
/// UPNs are not compared, so children without one never match each other (the public implementation counts
/// missing UPNs as duplicates of each other).
struct UPNIsUnique: CensusReturnRule {
  static let info = CensusRuleInfo(
    "1520", .error, module: .childIdentifiers, fields: ["UPN"], years: .all, message: message)

  static func check(_ census: CensusReturn, in context: CensusContext, into report: inout ValidationReport) {
    let keys = census.children.map { $0.upn.value.map(upperCased) }
    for indices in RepeatedKeys.groups(keys) {
      let children = indices.map { census.children[$0] }
      report.attribute(to: children[0])
      report.add(Self.info, at: children.map { CensusPlace("UPN", $0.upn, within: $0.line) })
    }
    report.attribute(to: nil)
  }
}

private let message = "More than one record with the same UPN"
