import SafeguardCore

/// 8569: a referral made before the last working day before 1 April is not flagged no further action.
///
/// All supported years. The cut-off is the working day before the census period's 1 April, with
/// weekends and bank holidays skipped: 31 March 2023 for 2023/24 (1 April 2023 was a Saturday),
/// 28 March 2024 for 2024/25 (29 March 2024 was Good Friday, 1 April Easter Monday). A referral on
/// the cut-off day or later passes; one the day before fires when `ReferralNFA` reads true or 1.
/// A flag that is absent, blank or unreadable is 8568's; a missing or unreadable referral date is
/// other rules'.
///
/// The public implementation steps back one weekday without bank holidays (29 March 2024), and
/// fires on a missing flag too; we follow DfE's "working day" and leave missing flags to 8568. It
/// also carries an `8569Q` with the same test and message; we register DfE's error once.
struct NoFurtherActionOnlyForRecentReferral: CensusChildRule {
  static let info = CensusRuleInfo(
    "8569", .error, module: .cinDetails, fields: ["ReferralNFA", "CINreferralDate"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    let cutOff = context.lastWorkingDayBeforePeriod
    for e in child.episodes {
      guard e.referralNFA.value == .yes, let referred = e.referralDate.value, referred < cutOff else { continue }
      report.add(
        Self.info,
        at: [
          CensusPlace("ReferralNFA", e.referralNFA, within: e.line),
          CensusPlace("CINreferralDate", e.referralDate, within: e.line),
        ])
    }
  }
}

private let message =
  "A case with referral date before one working day prior to the collection start date must not be flagged "
  + "as a no further action case"
