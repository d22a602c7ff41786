import SafeguardCore

/// The one validation pass over a CIN census file, used by `safeguard run` and `safeguard validate`
/// alike: every child once, each child rule of the file's year on it, then the file rules.
///
/// The year is the one whose period holds the header's `ReferenceDate` (`override` wins); a file
/// without a reference date takes its `Year`, and a year this build has no rules for is checked
/// against the nearest supported year's rules, with a warning saying so (its own period and
/// reference date still apply: a 2022-23 return is not told its reference date is wrong).
public enum CensusValidation {
  public struct Outcome: Sendable {
    public let year: CensusYear
    public let findings: [Finding]
    /// The issue number after the last one used, for the next file.
    public let nextIssue: Int
  }

  /// Validates one file.
  /// - Parameters:
  ///   - census: the file as read.
  ///   - override: the year to check against (`--year`), whatever the header says.
  ///   - codes: only these rules (`--rule`); all when empty.
  ///   - rules: the registry (every DfE rule by default; tests pass their own).
  ///   - firstIssue: the first issue number to use.
  public static func validate(
    _ census: CensusReturn, year override: CensusYear? = nil, codes: Set<String> = [],
    rules: [CensusRuleEntry] = CensusRules.all, firstIssue: Int = 1
  ) -> Outcome {
    var notes: [Finding] = []
    let stated =
      override ?? census.header.referenceDate.value.map(CensusYear.init(containing:))
      ?? census.header.year.value.map(CensusYear.init(endingIn:))
    // The file's own year sets its period; the rule set is that year's, or the nearest supported one's.
    let year = stated ?? CensusYear.supported.last!
    var ruleYear = year
    if !CensusYear.supported.contains(year) {
      ruleYear = year < CensusYear.supported[0] ? CensusYear.supported[0] : CensusYear.supported.last!
      notes.append(
        Finding(
          ValidationRules.unsupportedYear, source: "cin_census", file: census.file, field: "ReferenceDate",
          value: year.label,
          message:
            "this build has DfE rules for \(CensusYear.supported.map(\.label).joined(separator: ", ")); the file was checked against \(ruleYear.label)'s"
        ))
    } else if stated == nil {
      notes.append(
        Finding(
          ValidationRules.unsupportedYear, source: "cin_census", file: census.file, field: "ReferenceDate", value: nil,
          message: "the header gives no reference date or year; the file was checked against \(year.label)'s rules"))
    }
    let context = CensusContext(
      year: year, referenceDate: override == nil ? census.header.referenceDate.value : nil,
      la: census.header.lea.value.flatMap(LACode.init))
    let active = rules.filter { $0.info.years.contains(ruleYear) && (codes.isEmpty || codes.contains($0.info.code)) }
    var childRules: [any CensusChildRule] = []
    var fileRules: [any CensusReturnRule] = []
    for entry in active {
      switch entry {
      case .child(let r): childRules.append(r)
      case .file(let r): fileRules.append(r)
      }
    }
    var report = ValidationReport(file: census.file, year: ruleYear, firstIssue: firstIssue)
    for child in census.children {
      report.checking(child) { report in
        for rule in childRules { rule.check(child, in: context, into: &report) }
      }
    }
    for rule in fileRules {
      rule.check(census, in: context, into: &report)
      report.attribute(to: nil)
    }
    return Outcome(year: ruleYear, findings: notes + report.findings, nextIssue: report.nextIssue)
  }

  /// Validates several files, numbering issues across them.
  public static func validate(
    _ files: [CensusReturn], year: CensusYear? = nil, codes: Set<String> = []
  ) -> [Finding] {
    var next = 1
    var findings: [Finding] = []
    for f in files {
      let outcome = validate(f, year: year, codes: codes, firstIssue: next)
      findings += outcome.findings
      next = outcome.nextIssue
    }
    return findings
  }
}

/// Rules of the validation pass itself.
public enum ValidationRules {
  public static let unsupportedYear = Rule(
    "VAL003", .warning, "Census files whose year has no DfE rule set here, checked against the nearest year's")
}
