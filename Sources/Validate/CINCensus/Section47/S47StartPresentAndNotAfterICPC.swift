import SafeguardCore

/// 8615: a Section 47 with an initial child protection conference has a start date on or before it.
///
/// All supported years. Within one `Section47` group, when `DateOfInitialCPC` reads as a date,
/// `S47ActualStartDate` must be present (absent, at the group's line, or blank fires) and on or
/// before it (the same day passes). An unreadable start date, or a conference date that is
/// missing or unreadable, is left to other rules.
struct S47StartPresentAndNotAfterICPC: CensusChildRule {
  static let info = CensusRuleInfo(
    "8615", .error, module: .section47, fields: ["S47ActualStartDate", "DateOfInitialCPC"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for e in child.episodes {
      for s in e.section47s {
        guard let conference = s.icpcDate.value else { continue }
        let late = s.start.value.map { $0 > conference } ?? false
        guard s.start.isMissing || late else { continue }
        report.add(
          Self.info,
          at: [
            CensusPlace("S47ActualStartDate", s.start, within: s.line),
            CensusPlace("DateOfInitialCPC", s.icpcDate, within: s.line),
          ])
      }
    }
  }
}

private let message =
  "Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial "
  + "Child Protection Conference"
