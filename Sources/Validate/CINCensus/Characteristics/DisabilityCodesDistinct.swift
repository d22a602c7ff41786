import SafeguardCore

/// 8794: no disability code appears twice for a child.
///
/// All supported years. Codes compare upper-cased (`mob` repeats `MOB`); blank `Disability`
/// elements are left to other rules. One issue per repeated code, at each of its places.
struct DisabilityCodesDistinct: CensusChildRule {
  static let info = CensusRuleInfo(
    "8794", .error, module: .characteristics, fields: ["Disability"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    guard child.disabilities.count > 1 else { return }
    for indices in RepeatedKeys.groups(child.disabilities.map(\.value)) {
      report.add(
        Self.info, at: indices.map { CensusPlace("Disability", child.disabilities[$0], within: child.line) })
    }
  }
}

private let message = "Child has two or more disabilities with the same code"
