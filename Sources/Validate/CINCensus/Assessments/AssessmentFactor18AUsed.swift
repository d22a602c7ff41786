import SafeguardCore

/// 8945Q: the assessment factor `18A` (physical abuse) is no longer used; `18B` (by a child) or
/// `18C` (by an adult) replaces it.
///
/// From 2024/25, the year DfE added this query. Fires for each `AssessmentFactors` code read as `18A`
/// (any case); `18B`, `18C` and every other code pass. One issue per factor, at the factor.
struct AssessmentFactor18AUsed: CensusChildRule {
  static let info = CensusRuleInfo(
    "8945Q", .query, module: .assessments, fields: ["AssessmentFactors"], years: .from("2024-25"), message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    EpisodeChecks.factorUsed("18A", Self.info, child, into: &report)
  }
}

private let message = """
  Please check and either amend data or provide a reason: \
  the assessment factors code '18A' should not be used \
  ('18B' or '18C' should be used instead)
  """
