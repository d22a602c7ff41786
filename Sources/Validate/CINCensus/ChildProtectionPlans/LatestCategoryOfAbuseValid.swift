import SafeguardCore

/// 8910: every child protection plan has a valid latest category of abuse.
///
/// All supported years. Fires when a plan's `LatestCategoryOfAbuse` is absent, blank, or not one
/// of NEG, PHY, SAB, EMO, MUL (the same in every supported year's schema; compared upper-cased, so
/// `neg` passes).
struct LatestCategoryOfAbuseValid: CensusChildRule {
  static let info = CensusRuleInfo(
    "8910", .error, module: .childProtectionPlans, fields: ["LatestCategoryOfAbuse"], years: .all, message: message)

  static let codes: Set<String> = ["NEG", "PHY", "SAB", "EMO", "MUL"]

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      for p in episode.plans where !Self.codes.contains(p.latestCategory.value ?? "") {
        report.add(Self.info, at: CensusPlace("LatestCategoryOfAbuse", p.latestCategory, within: p.line))
      }
    }
  }
}

private let message =
  "Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)"
