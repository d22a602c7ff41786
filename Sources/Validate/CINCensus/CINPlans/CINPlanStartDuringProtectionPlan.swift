import SafeguardCore

/// 4016: a CIN plan does not start while a child protection plan is open.
///
/// All supported years. A `CINPlanStartDate` cannot fall on or after any of the child's
/// `CPPstartDate`s (in any episode) and on or before that plan's `CPPendDate`, or, when the
/// protection plan has no end date (absent or blank), on or before the reference date; a CIN plan
/// starting on the day the protection plan ends passes (the usual step down), and so does one
/// starting the day before the protection plan. Dates that are missing or unreadable are skipped,
/// as is a protection plan whose end date is unreadable. One issue per CIN plan and protection
/// plan, naming the CIN plan's start, then the protection plan's start and, when given, end.
struct CINPlanStartDuringProtectionPlan: CensusChildRule {
  static let info = CensusRuleInfo(
    "4016", .error, module: .cinPlans, fields: ["CINPlanStartDate", "CPPstartDate", "CPPendDate"], years: .all,
    message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for cin in child.episodes.lazy.flatMap(\.cinPlans) {
      guard let day = cin.start.value else { continue }
      for cpp in child.episodes.lazy.flatMap(\.plans) {
        guard let start = cpp.start.value, day >= start else { continue }
        let open = cpp.end.isMissing ? day <= context.referenceDate : cpp.end.value.map { day < $0 } ?? false
        guard open else { continue }
        var places = [
          CensusPlace("CINPlanStartDate", cin.start, within: cin.line),
          CensusPlace("CPPstartDate", cpp.start, within: cpp.line),
        ]
        if !cpp.end.isMissing { places.append(CensusPlace("CPPendDate", cpp.end, within: cpp.line)) }
        report.add(Self.info, at: places)
      }
    }
  }
}

private let message = "A CIN Plan has been reported as open at the same time as a Child Protection Plan."
