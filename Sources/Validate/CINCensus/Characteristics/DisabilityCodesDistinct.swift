import SafeguardCore

/// 8794: no disability code appears twice for a child.
///
/// All supported years. Codes compare upper-cased (`mob` repeats `MOB`); blank `Disability`
/// elements are left to other rules. One issue per repeated code, at each of its places.
struct DisabilityCodesDistinct: CensusChildRule {
  static let info = CensusRuleInfo(
    "8794", .error, module: .characteristics, fields: ["Disability"], years: .all, message: message)

  func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    var order: [String] = []
    var byCode: [String: [CensusText]] = [:]
    for d in child.disabilities {
      guard let code = d.value else { continue }
      if byCode[code] == nil { order.append(code) }
      byCode[code, default: []].append(d)
    }
    for code in order {
      guard let all = byCode[code], all.count > 1 else { continue }
      report.add(Self.info, at: all.map { CensusPlace("Disability", $0, within: child.line) })
    }
  }
}

private let message = "Child has two or more disabilities with the same code"
