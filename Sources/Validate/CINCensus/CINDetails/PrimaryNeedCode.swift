import SafeguardCore

/// 8650: a CIN episode's primary need code, when given, is one of DfE's codes N0 to N9.
///
/// All supported years (2025/26 renames N1 but keeps the list). Codes are compared upper-cased,
/// as the reader keeps them. An absent or blank code passes: other rules report a missing one.
struct PrimaryNeedCode: CensusChildRule {
  static let info = CensusRuleInfo(
    "8650", .error, module: .cinDetails, fields: ["PrimaryNeedCode"], years: .all, message: message)

  static let codes: Set<String> = ["N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9"]

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      guard let code = episode.primaryNeed.value, !Self.codes.contains(code) else { continue }
      report.add(Self.info, at: CensusPlace("PrimaryNeedCode", episode.primaryNeed, within: episode.line))
    }
  }
}

private let message = "Primary Need Code invalid (see Primary Need table in CIN census code set)"
