import SafeguardCore

/// 8898: an assessment does not list the same factor code twice.
///
/// All supported years. Checked per assessment, on written factors compared upper-cased (`2a` and
/// `2A` are the same code); blank factors are ignored. Each repeated code is one issue, at every
/// place it stands. The same code on two assessments passes.
struct AssessmentFactorsNotRepeated: CensusChildRule {
  static let info = CensusRuleInfo(
    "8898", .error, module: .assessments, fields: ["AssessmentFactors"], years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for episode in child.episodes {
      for a in episode.assessments where Self.hasRepeat(a.factors) {
        var seen: [String] = []
        for f in a.factors {
          guard let code = f.value, !seen.contains(code) else { continue }
          seen.append(code)
          let same = a.factors.filter { $0.value == code }
          guard same.count > 1 else { continue }
          report.add(Self.info, at: same.map { CensusPlace("AssessmentFactors", $0, within: a.line) })
        }
      }
    }
  }

  /// Whether two factors read the same code.
  static func hasRepeat(_ factors: [CensusText]) -> Bool {
    for i in factors.indices {
      guard let code = factors[i].value else { continue }
      for j in factors.indices where j > i && factors[j].value == code { return true }
    }
    return false
  }
}

private let message = " The assessment has more than one parental or child factors with the same code"
