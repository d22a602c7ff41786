import SafeguardCore

/// 2887Q: the file uses more than 7 different disability codes, not counting `NONE`.
///
/// All supported years; checked once per file. Counts the different codes of DfE's disability list (`MOB`,
/// `HAND`, `PC`, `INC`, `COMM`, `LD`, `HEAR`, `VIS`, `BEH`, `CON`, `AUT`, `DDA`) written on any child, in any
/// letter case; a code used twice counts once, and text that is not on the list is left to the code rules.
/// Eight codes pass; seven or fewer fire, including a file with no disabilities at all. Reported once, at
/// the `Children` element.
///
/// DfE's text counts different codes; the public implementation keeps only `NONE` and counts entries.
struct DisabilityCodesUsed: CensusReturnRule {
  static let info = CensusRuleInfo(
    "2887Q", .query, module: .returnLevel, fields: ["Disability"], years: .all, message: message)

  static let codes: Set<String> = ["MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA"]

  static func check(_ census: CensusReturn, in context: CensusContext, into report: inout ValidationReport) {
    var used: Set<String> = []
    for child in census.children {
      for d in child.disabilities {
        if let code = d.value.map(upperCased), Self.codes.contains(code) { used.insert(code) }
      }
      if used.count > 7 { return }
    }
    guard used.count <= 7 else { return }
    let line = census.childrenLine > 0 ? census.childrenLine : census.header.line
    report.add(Self.info, at: CensusPlace("Children", line: line))
  }
}

private let message =
  "Please check and either amend or provide a reason: Less than 8 disability codes have been used in your return"
