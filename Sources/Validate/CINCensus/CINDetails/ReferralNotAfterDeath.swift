import SafeguardCore

/// 8555: when a child has a date of death, each CIN referral date is on or before it.
///
/// All supported years. A referral on the day of death passes; the day after fires, once per
/// episode, naming the referral date and the death date. Dates that are absent, blank or
/// unreadable are left to other rules.
///
/// The public implementation also carries an `8555Q` with the same test and message. DfE's rule
/// is one check; we register it once, as DfE's error 8555, so one episode is not reported twice.
struct ReferralNotAfterDeath: CensusChildRule {
  static let info = CensusRuleInfo(
    "8555", .error, module: .cinDetails, fields: ["CINreferralDate", "PersonDeathDate"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    guard let died = child.deathDate.value else { return }
    for e in child.episodes {
      guard let referred = e.referralDate.value, referred > died else { continue }
      report.add(
        Self.info,
        at: [
          CensusPlace("CINreferralDate", e.referralDate, within: e.line),
          CensusPlace("PersonDeathDate", child.deathDate, within: child.line),
        ])
    }
  }
}

private let message = "Child cannot be referred after its recorded date of death"
