import SafeguardCore

/// 8950Q: the assessment factor `19A` (sexual abuse) is no longer used; `19B` (by a child) or
/// `19C` (by an adult) replaces it.
///
/// From 2024/25, the year DfE added this query. Fires for each `AssessmentFactors` code read as `19A`
/// (any case); `19B`, `19C` and every other code pass. One issue per factor, at the factor.
struct AssessmentFactor19AUsed: CensusChildRule {
  static let info = CensusRuleInfo(
    "8950Q", .query, module: .assessments, fields: ["AssessmentFactors"], years: .from("2024-25"), message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    EpisodeChecks.factorUsed("19A", Self.info, child, into: &report)
  }
}

private let message = """
  Please check and either amend data or provide a reason: \
  the assessment factors code '19A' should not be used \
  ('19B' or '19C' should be used instead)
  """
