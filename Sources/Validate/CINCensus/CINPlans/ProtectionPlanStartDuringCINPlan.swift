import SafeguardCore

/// 4017: a child protection plan does not start while a CIN plan is open.
///
/// All supported years. A `CPPstartDate` cannot fall on or after any of the child's
/// `CINPlanStartDate`s (in any episode) and on or before that plan's `CINPlanEndDate`, or, when the
/// CIN plan has no end date (absent or blank), on or before the reference date; a protection plan
/// starting on the day the CIN plan ends passes (the usual step up), and so does one starting the
/// day before the CIN plan. Dates that are missing or unreadable are skipped, as is a CIN plan
/// whose end date is unreadable. One issue per protection plan and CIN plan, naming the
/// protection plan's start, then the CIN plan's start and, when given, end.
struct ProtectionPlanStartDuringCINPlan: CensusChildRule {
  static let info = CensusRuleInfo(
    "4017", .error, module: .cinPlans, fields: ["CPPstartDate", "CINPlanStartDate", "CINPlanEndDate"],
    years: .all, message: message)

  static func check(_ child: CensusChild, in context: CensusContext, into report: inout ValidationReport) {
    for cpp in child.episodes.lazy.flatMap(\.plans) {
      guard let day = cpp.start.value else { continue }
      for cin in child.episodes.lazy.flatMap(\.cinPlans) {
        guard let start = cin.start.value, day >= start else { continue }
        let open = cin.end.isMissing ? day <= context.referenceDate : cin.end.value.map { day < $0 } ?? false
        guard open else { continue }
        var places = [
          CensusPlace("CPPstartDate", cpp.start, within: cpp.line),
          CensusPlace("CINPlanStartDate", cin.start, within: cin.line),
        ]
        if !cin.end.isMissing { places.append(CensusPlace("CINPlanEndDate", cin.end, within: cin.line)) }
        report.add(Self.info, at: places)
      }
    }
  }
}

private let message = "A CIN Plan has been reported as open at the same time as a Child Protection Plan."
