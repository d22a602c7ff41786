import SafeguardCore

/// 1104: an initial child protection conference is not dated before the referral of its CIN episode.
///
/// All supported years. DfE's text names `DateOfInitialCPC` (N00110), which stands both in each Section 47
/// module and on the CIN episode itself: both are checked against the episode's referral date (the public
/// implementation checks only the Section 47 one). The same day passes. A date that is absent, blank or
/// unreadable is left to other rules. One issue per date, at the conference date, linked to the referral
/// date.
struct InitialConferenceNotBeforeReferral: CensusChildRule {
  static let info = CensusRuleInfo(
    "1104", .error, module: .section47, fields: ["DateOfInitialCPC", "CINreferralDate"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      guard let referral = episode.referralDate.value else { continue }
      let referralPlace = CensusPlace("CINreferralDate", episode.referralDate, within: episode.line)
      if let icpc = episode.dateOfInitialCPC.value, icpc < referral {
        let place = CensusPlace("DateOfInitialCPC", episode.dateOfInitialCPC, within: episode.line)
        report.add(Self.info, at: [place, referralPlace])
      }
      for s47 in episode.section47s {
        guard let icpc = s47.icpcDate.value, icpc < referral else { continue }
        report.add(Self.info, at: [CensusPlace("DateOfInitialCPC", s47.icpcDate, within: s47.line), referralPlace])
      }
    }
  }
}

private let message = "The date of the initial child protection conference cannot be before the referral date"
