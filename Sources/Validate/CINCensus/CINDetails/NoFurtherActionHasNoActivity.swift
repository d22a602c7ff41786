import SafeguardCore

/// 8831: an episode marked as a referral with no further action holds no assessment, Section 47
/// or conference dates.
///
/// All supported years. When `ReferralNFA` reads true or 1, fires once for the episode if any of
/// these is written (with any text, readable or not): an assessment's `AssessmentActualStartDate`
/// or `AssessmentAuthorisationDate`, a Section 47's `S47ActualStartDate`, or `DateOfInitialCPC`
/// (on the episode or on a Section 47: DfE's N00110 stands in both). Blank or absent elements
/// pass, as does `ReferralNFA` false, 0, missing or unreadable. The issue is at `ReferralNFA`,
/// linked to every date found.
struct NoFurtherActionHasNoActivity: CensusChildRule {
  static let info = CensusRuleInfo(
    "8831", .error, module: .cinDetails,
    fields: [
      "ReferralNFA", "AssessmentActualStartDate", "AssessmentAuthorisationDate", "S47ActualStartDate",
      "DateOfInitialCPC",
    ], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes where episode.referralNFA.value == .yes {
      var found: [CensusPlace] = []
      for a in episode.assessments {
        if !a.start.isMissing { found.append(CensusPlace("AssessmentActualStartDate", a.start, within: a.line)) }
        if !a.authorised.isMissing {
          found.append(CensusPlace("AssessmentAuthorisationDate", a.authorised, within: a.line))
        }
      }
      for s in episode.section47s {
        if !s.start.isMissing { found.append(CensusPlace("S47ActualStartDate", s.start, within: s.line)) }
        if !s.icpcDate.isMissing { found.append(CensusPlace("DateOfInitialCPC", s.icpcDate, within: s.line)) }
      }
      if !episode.dateOfInitialCPC.isMissing {
        found.append(CensusPlace("DateOfInitialCPC", episode.dateOfInitialCPC, within: episode.line))
      }
      guard !found.isEmpty else { continue }
      report.add(Self.info, at: [CensusPlace("ReferralNFA", episode.referralNFA, within: episode.line)] + found)
    }
  }
}

private let message = "Activity is recorded against a case marked as a referral with no further action"
