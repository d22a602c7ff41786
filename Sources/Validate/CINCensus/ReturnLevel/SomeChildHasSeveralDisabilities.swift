import SafeguardCore

/// 2888Q: at least one child recorded with a disability has more than one disability recorded.
///
/// All supported years; checked once per file. Per child, counts the different disability codes other than
/// `NONE` (in any letter case; blanks are not counted, and a code written twice counts once). Fires when
/// some child has a disability and none has two or more; a file where no child has a disability passes
/// (2887Q speaks to that). Reported once, at the `Children` element.
///
/// DfE's text excludes `NONE`; the public implementation keeps only `NONE`.
struct SomeChildHasSeveralDisabilities: CensusReturnRule {
  static let info = CensusRuleInfo(
    "2888Q", .query, module: .returnLevel, fields: ["Disability"], years: .all, message: message)

  static func check(_ census: CensusReturn, in context: CensusContext, into report: inout ValidationReport) {
    var anyDisabled = false
    for child in census.children {
      // The child's first code other than NONE, and whether a different one follows.
      var first: String?
      for d in child.disabilities {
        guard let code = d.value.map(upperCased), code != "NONE" else { continue }
        if let first, first != code { return }
        first = code
      }
      if first != nil { anyDisabled = true }
    }
    guard anyDisabled else { return }
    let line = census.childrenLine > 0 ? census.childrenLine : census.header.line
    report.add(Self.info, at: CensusPlace("Children", line: line))
  }
}

private let message = """
  Please check: Only one disability code is recorded per child and \
  multiple disabilities should be recorded where possible.
  """
