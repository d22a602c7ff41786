import SafeguardCore

/// 8606: a CIN referral is no more than 280 days before the child's date of birth or expected date of birth.
///
/// All supported years. Exactly 280 days before passes; 281 fires. Each episode is checked against
/// whichever of the two dates reads as a date (both, when a child has both: 8525 reports that);
/// one issue per episode, naming the referral date and the date it is too early for. Absent,
/// blank or unreadable dates take no part.
///
/// The public implementation's message repeats 8555's; DfE's message for 8606 (quoted in the same
/// file's rule text) is the one carried here.
struct ReferralNotLongBeforeBirth: CensusChildRule {
  static let info = CensusRuleInfo(
    "8606", .error, module: .cinDetails, fields: ["CINreferralDate", "PersonBirthDate", "ExpectedPersonBirthDate"],
    years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for e in child.episodes {
      guard let referred = e.referralDate.value else { continue }
      var births: [CensusPlace] = []
      if let born = child.birthDate.value, referred < born.adding(days: -280) {
        births.append(CensusPlace("PersonBirthDate", child.birthDate, within: child.line))
      }
      if let due = child.expectedBirthDate.value, referred < due.adding(days: -280) {
        births.append(CensusPlace("ExpectedPersonBirthDate", child.expectedBirthDate, within: child.line))
      }
      guard !births.isEmpty else { continue }
      report.add(Self.info, at: [CensusPlace("CINreferralDate", e.referralDate, within: e.line)] + births)
    }
  }
}

private let message = "Child referral date is more than 40 weeks before DOB or expected DOB"
