import SafeguardCore

/// 8565: a closed CIN episode shows no activity after its closure date.
///
/// All supported years. When the episode's `CINclosureDate` reads as a date, each of these in the
/// same episode must be on or before it: the episode's `DateOfInitialCPC`; each assessment's
/// actual start and authorisation dates; each Section 47's actual start date and
/// `DateOfInitialCPC`; each child protection plan's end date; each CIN plan's start and end dates.
/// The same day passes. Dates that are absent, blank or unreadable take no part. One issue per
/// episode, at the closure date, naming every later date. A plan's start date is not in DfE's
/// list and is not checked.
struct NoActivityAfterClosure: CensusChildRule {
  static let info = CensusRuleInfo(
    "8565", .error, module: .cinDetails,
    fields: [
      "CINclosureDate", "AssessmentActualStartDate", "AssessmentAuthorisationDate", "S47ActualStartDate",
      "DateOfInitialCPC", "CPPendDate", "CINPlanStartDate", "CINPlanEndDate",
    ],
    years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for e in child.episodes {
      guard let closed = e.closureDate.value else { continue }
      var later: [CensusPlace] = []
      func note(_ field: String, _ value: CensusDate, _ line: Int32) {
        if let day = value.value, day > closed { later.append(CensusPlace(field, value, within: line)) }
      }
      note("DateOfInitialCPC", e.dateOfInitialCPC, e.line)
      for a in e.assessments {
        note("AssessmentActualStartDate", a.start, a.line)
        note("AssessmentAuthorisationDate", a.authorised, a.line)
      }
      for s in e.section47s {
        note("S47ActualStartDate", s.start, s.line)
        note("DateOfInitialCPC", s.icpcDate, s.line)
      }
      for p in e.plans { note("CPPendDate", p.end, p.line) }
      for p in e.cinPlans {
        note("CINPlanStartDate", p.start, p.line)
        note("CINPlanEndDate", p.end, p.line)
      }
      guard !later.isEmpty else { continue }
      report.add(Self.info, at: [CensusPlace("CINclosureDate", e.closureDate, within: e.line)] + later)
    }
  }
}

private let message = "Activity shown after a case has been closed"
