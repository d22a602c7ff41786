import SafeguardCore

/// 8630: a CIN episode closes on or after the day it was referred.
///
/// All supported years. Closing on the referral day passes; the day before fires, naming both
/// dates. Checked only when both dates read as dates.
struct ClosureNotBeforeReferral: CensusChildRule {
  static let info = CensusRuleInfo(
    "8630", .error, module: .cinDetails, fields: ["CINreferralDate", "CINclosureDate"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for e in child.episodes {
      guard let referred = e.referralDate.value, let closed = e.closureDate.value, closed < referred else { continue }
      report.add(
        Self.info,
        at: [
          CensusPlace("CINclosureDate", e.closureDate, within: e.line),
          CensusPlace("CINreferralDate", e.referralDate, within: e.line),
        ])
    }
  }
}

private let message = "CIN Closure Date is before CIN Referral Date for the same CIN episode"
