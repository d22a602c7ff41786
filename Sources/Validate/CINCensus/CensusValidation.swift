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
    /// The year whose rules were applied.
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
    // The children in pieces and each file rule are separate jobs, run on every core; each numbers
    // its issues from 1, and the results are joined in a fixed order (pieces in file order, then
    // the file rules in registry order) with the numbers moved on, so the output is the same
    // whatever the number of cores.
    let children = census.children
    // Findings carry the file's own census year (a 2022-23 return's findings say 2022-23, whichever
    // year's rules were applied; VAL003 says which).
    let (rulesOfChild, checkedYear) = (childRules, year)
    let pieces = children.count >= 4096 ? 8 : 1
    let size = (children.count + pieces - 1) / max(pieces, 1)
    var jobs: [@Sendable () -> ValidationReport] = []
    for p in 0..<pieces {
      let range = min(p * size, children.count)..<min((p + 1) * size, children.count)
      jobs.append {
        var report = ValidationReport(file: census.file, year: checkedYear)
        // Rules are called where they stand in the array, not copied out of it once per child.
        rulesOfChild.withUnsafeBufferPointer { rules in
          for child in children[range] {
            report.checking(child) { report in
              for k in rules.indices { rules[k].check(child, in: context, into: &report) }
            }
          }
        }
        return report
      }
    }
    for rule in fileRules {
      jobs.append {
        var report = ValidationReport(file: census.file, year: checkedYear)
        rule.check(census, in: context, into: &report)
        return report
      }
    }
    let reports = Parallel.results(jobs)
    var findings = notes
    var next = firstIssue
    for r in reports {
      let offset = next - 1
      let start = findings.count
      findings += r.findings
      if offset != 0 {
        for i in start..<findings.count { findings[i].issueID = findings[i].issueID.map { $0 + offset } }
      }
      next += r.nextIssue - 1
    }
    return Outcome(year: ruleYear, findings: findings, nextIssue: next)
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
