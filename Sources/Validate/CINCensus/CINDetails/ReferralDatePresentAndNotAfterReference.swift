import SafeguardCore

/// 8600: each CIN episode has a referral date on or before the reference date.
///
/// All supported years. Fires when `CINreferralDate` is absent (at the episode's line) or blank,
/// or reads as a day after the reference date; the reference date itself passes. Text that is not
/// a readable date is reported by the reader's own check, not here.
struct ReferralDatePresentAndNotAfterReference: CensusChildRule {
  static let info = CensusRuleInfo(
    "8600", .error, module: .cinDetails, fields: ["CINreferralDate", "ReferenceDate"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for e in child.episodes {
      let late = e.referralDate.value.map { $0 > context.referenceDate } ?? false
      guard e.referralDate.isMissing || late else { continue }
      report.add(Self.info, at: CensusPlace("CINreferralDate", e.referralDate, within: e.line))
    }
  }
}

private let message = "Child referral date missing or after data collection period"
