import SafeguardCore

/// 8790: a child whose disabilities include `NONE` has no other disability code.
///
/// All supported years. Codes compare upper-cased (`none` is `NONE`); blank `Disability`
/// elements are not values and are left to other rules. One issue per child, at the `NONE`
/// and at each other code.
struct DisabilityNoneAlone: CensusChildRule {
  static let info = CensusRuleInfo(
    "8790", .error, module: .characteristics, fields: ["Disability"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    guard child.disabilities.count > 1 else { return }
    let given = child.disabilities.filter { $0.value != nil }
    let none = given.filter { $0.value == "NONE" }
    let others = given.filter { $0.value != "NONE" }
    guard !none.isEmpty, !others.isEmpty else { return }
    report.add(Self.info, at: (none + others).map { CensusPlace("Disability", $0, within: child.line) })
  }
}

private let message = "Disability information includes both None and other values"
