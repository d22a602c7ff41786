import SafeguardCore

/// 8775Q: a child born more than 25 years before the reference date should have had each CIN
/// episode closed by their 25th birthday.
///
/// All supported years. Checked when the birth date reads as a date and is before the reference
/// date minus 25 years (born on that day passes). Each episode whose closure date is absent or
/// blank, or after the 25th birthday (closing on it passes), is one issue at the birth date and
/// the closure date. An unreadable closure date is left to the reader's report. 29 February
/// birthdays fall on 28 February in other years. A child with no CIN episode is not queried here
/// (DfE's text reads episodes' closure dates; the public implementation also queries such a child).
struct ChildOver25: CensusChildRule {
  static let info = CensusRuleInfo(
    "8775Q", .query, module: .childIdentifiers, fields: ["PersonBirthDate", "CINclosureDate"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    guard let born = child.birthDate.value, born < context.referenceDate.adding(months: -300) else { return }
    let birthday25 = born.adding(months: 300)
    for episode in child.episodes {
      if let closed = episode.closureDate.value {
        guard closed > birthday25 else { continue }
      } else if !episode.closureDate.isMissing {
        continue
      }
      report.add(
        Self.info,
        at: [
          CensusPlace("PersonBirthDate", child.birthDate, within: child.line),
          CensusPlace("CINclosureDate", episode.closureDate, within: episode.line),
        ])
    }
  }
}

private let message = "Please check: Child is over 25 years old"
