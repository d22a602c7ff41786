import SafeguardCore

/// 8905: every child protection plan has a valid initial category of abuse.
///
/// All supported years. Fires when a plan's `InitialCategoryOfAbuse` is absent, blank, or not one
/// of NEG, PHY, SAB, EMO, MUL (the same in every supported year's schema; compared upper-cased, so
/// `neg` passes).
struct InitialCategoryOfAbuseValid: CensusChildRule {
  static let info = CensusRuleInfo(
    "8905", .error, module: .childProtectionPlans, fields: ["InitialCategoryOfAbuse"], years: .all,
    message: message)

  static let codes: Set<String> = ["NEG", "PHY", "SAB", "EMO", "MUL"]

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      for p in episode.plans where !Self.codes.contains(p.initialCategory.value ?? "") {
        report.add(Self.info, at: CensusPlace("InitialCategoryOfAbuse", p.initialCategory, within: p.line))
      }
    }
  }
}

private let message =
  "Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)"
