import SafeguardCore
import SafeguardKernels

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

  /// What a file is checked against, which its header alone decides: the year, the context and
  /// the rules of that year.
  struct Plan: Sendable {
    /// The header the plan was made from.
    let header: CensusHeaderElements
    /// The file's own year (its period); findings carry it.
    let year: CensusYear
    /// The year whose rules apply: `year`, or the nearest supported one.
    let ruleYear: CensusYear
    /// VAL003 when the year is unsupported or unstated.
    let notes: [Finding]
    let context: CensusContext
    let childRules: [any CensusChildRule.Type]
    let fileRules: [any CensusReturnRule.Type]

    init(
      header: CensusHeaderElements, file: String, year override: CensusYear?, codes: Set<String>,
      rules: [CensusRuleEntry]
    ) {
      self.header = header
      var notes: [Finding] = []
      let stated =
        override ?? header.referenceDate.value.map(CensusYear.init(containing:))
        ?? header.year.value.map(CensusYear.init(endingIn:))
      // The file's own year sets its period; the rule set is that year's, or the nearest supported one's.
      let year = stated ?? CensusYear.supported.last!
      var ruleYear = year
      if !CensusYear.supported.contains(year) {
        ruleYear = year < CensusYear.supported[0] ? CensusYear.supported[0] : CensusYear.supported.last!
        notes.append(
          Finding(
            ValidationRules.unsupportedYear, source: "cin_census", file: file, field: "ReferenceDate",
            value: year.label,
            message:
              "this build has DfE rules for \(CensusYear.supported.map(\.label).joined(separator: ", ")); the file was checked against \(ruleYear.label)'s"
          ))
      } else if stated == nil {
        notes.append(
          Finding(
            ValidationRules.unsupportedYear, source: "cin_census", file: file, field: "ReferenceDate", value: nil,
            message: "the header gives no reference date or year; the file was checked against \(year.label)'s rules"))
      }
      self.year = year
      self.ruleYear = ruleYear
      self.notes = notes
      context = CensusContext(
        year: year, referenceDate: override == nil ? header.referenceDate.value : nil,
        la: header.lea.value.flatMap(LACode.init))
      var childRules: [any CensusChildRule.Type] = []
      var fileRules: [any CensusReturnRule.Type] = []
      for entry in rules where entry.info.years.contains(ruleYear) && (codes.isEmpty || codes.contains(entry.info.code))
      {
        switch entry {
        case .child(let r): childRules.append(r)
        case .file(let r): fileRules.append(r)
        }
      }
      self.childRules = childRules
      self.fileRules = fileRules
    }

    /// Every child rule on each of `children`, in order; issues numbered from 1.
    func check(_ children: ArraySlice<CensusChild>, file: String) -> ValidationReport {
      var report = ValidationReport(file: file, year: year)
      childRules.withUnsafeBufferPointer { rules in
        for child in children {
          report.checking(child) { report in
            for rule in rules { rule.check(child, in: context, into: &report) }
          }
        }
      }
      return report
    }

    /// The jobs that check `children` (in pieces, one per core and then some) and then run the
    /// file rules on `census`, each numbering its issues from 1.
    func jobs(children: ArraySlice<CensusChild>, census: CensusReturn) -> [@Sendable () -> ValidationReport] {
      let plan = self
      let pieces = children.count >= 4096 ? 8 : 1
      let size = (children.count + pieces - 1) / pieces
      var jobs: [@Sendable () -> ValidationReport] = []
      for p in 0..<pieces {
        let from = children.startIndex + min(p * size, children.count)
        let to = children.startIndex + min((p + 1) * size, children.count)
        jobs.append { plan.check(children[from..<to], file: census.file) }
      }
      for rule in fileRules {
        jobs.append {
          var report = ValidationReport(file: census.file, year: plan.year)
          rule.check(census, in: plan.context, into: &report)
          return report
        }
      }
      return jobs
    }

    /// The notes, then the reports in order, issue numbers moved on from `firstIssue` so they
    /// run on across reports (the same whatever the number of cores or pieces).
    func outcome(_ reports: [ValidationReport], firstIssue: Int) -> Outcome {
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
    let plan = Plan(header: census.header, file: census.file, year: override, codes: codes, rules: rules)
    // The children in pieces and each file rule are separate jobs, run on every core; the results
    // are joined in a fixed order (pieces in file order, then the file rules in registry order).
    let reports = Parallel.results(plan.jobs(children: census.children[...], census: census))
    return plan.outcome(reports, firstIssue: firstIssue)
  }

  /// The findings of several files' outcomes, issue numbers running on from one file to the next.
  public static func join(_ outcomes: [Outcome]) -> [Finding] {
    var next = 1
    var findings: [Finding] = []
    for o in outcomes {
      let offset = next - 1
      findings += o.findings.map { f in
        var f = f
        f.issueID = f.issueID.map { $0 + offset }
        return f
      }
      next += o.nextIssue - 1
    }
    return findings
  }

  /// Validates several files, numbering issues across them.
  public static func validate(
    _ files: [CensusReturn], year: CensusYear? = nil, codes: Set<String> = []
  ) -> [Finding] {
    join(files.map { validate($0, year: year, codes: codes) })
  }
}

/// Rules of the validation pass itself.
public enum ValidationRules {
  public static let unsupportedYear = Rule(
    "VAL003", .warning, "Census files whose year has no DfE rule set here, checked against the nearest year's")
}
