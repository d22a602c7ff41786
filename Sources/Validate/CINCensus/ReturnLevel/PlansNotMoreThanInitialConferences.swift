import SafeguardCore

/// 2883: no more child protection plans start in the census period than initial child protection
/// conferences take place in it.
///
/// All supported years; checked once per file. Counts the `CPPstartDate`s in the period (1 April to the
/// reference date, both included) against the sum of the `DateOfInitialCPC`s in the period on CIN episodes
/// and on Section 47 modules. Equal counts pass; one plan more fires. Dates that are absent, blank or
/// unreadable are not counted on either side. Reported once, at the `Children` element.
struct PlansNotMoreThanInitialConferences: CensusReturnRule {
  static let info = CensusRuleInfo(
    "2883", .error, module: .returnLevel, fields: ["CPPstartDate", "DateOfInitialCPC"], years: .all,
    message: message)

  static func check(_ census: CensusReturn, in context: CensusContext, into report: inout ValidationReport) {
    func inPeriod(_ d: CensusDate) -> Bool { d.value.map(context.inPeriod) ?? false }
    var plans = 0
    var conferences = 0
    for child in census.children {
      for episode in child.episodes {
        for plan in episode.plans where inPeriod(plan.start) { plans += 1 }
        if inPeriod(episode.dateOfInitialCPC) { conferences += 1 }
        for s in episode.section47s where inPeriod(s.icpcDate) { conferences += 1 }
      }
    }
    guard plans > conferences else { return }
    let line = census.childrenLine > 0 ? census.childrenLine : census.header.line
    report.add(Self.info, at: CensusPlace("Children", line: line))
  }
}

private let message = "There are more child protection plans starting than initial conferences taking place"
