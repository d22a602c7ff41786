import SafeguardCore

/// `cp_visits_on_time` and `cp_seen_alone`: the statutory visits of children on a child
/// protection plan at period end, from Annex A list 7 only (the CIN census carries no visits).
///
/// Which children and which visit:
/// - Children on a plan at period end: a list 7 plan open at the end of the period's last day
///   (`EpisodeCoverage.isOpen`: a plan ending that day is not open); a child with two open plans
///   counts once, with the open plan of the latest start (the later row on a tie), as
///   `ChildProtectionIndicators` chooses the current plan. Its row's "Date of the Last Statutory
///   Visit" and "Was the Child Seen Alone?" are the child's latest visit.
/// - List 7 keeps only the latest visit as of the export. When a child on a plan at period end
///   has a visit dated after the period's last day, the visit that stood at period end has been
///   overwritten and is not known; leaving that child out would keep mostly those not visited
///   since, so both figures are blank for the period, flagged `no_data`, with a note. They are
///   computed for a period the export was taken at (or soon after, with no visit since).
/// - `cp_visits_on_time`: on time when `workingDays(from: visit, to: last day) ≤ withinWorkingDays`
///   (the `cp_visit_working_days` setting, default 10; a visit on the last day is 0 working days,
///   weekends and England and Wales bank holidays are not working days). A child with no visit
///   recorded is not on time. Denominator: every child on a plan at period end.
/// - `cp_seen_alone`: numerator the children whose latest visit saw them alone (Yes);
///   denominator the children with a visit recorded and a Yes or No answer. A blank or unreadable
///   answer leaves the child out of both (the answer is not known), as is a child with no visit.
/// - A computed `cp_visits_on_time` row's note is "visited within N working days", the phrase
///   the headline sentence of `activity_summary.csv` uses, so the sentence says the setting in force.
/// - The period must be covered by list 7 (`Coverage.check` on its plan start dates); a zero
///   denominator gives no value, flagged `no_data`.
public enum ProtectionVisitIndicators {
  public static let ids: [IndicatorID] = [.cpVisitsOnTime, .cpSeenAlone]

  /// Values for both indicators, in `ids` then period order.
  ///
  /// - Parameters:
  ///   - plans: list 7 rows.
  ///   - coverage: first to last plan start date of list 7; nil when it held none.
  ///   - periods: the periods to compute, in output order.
  ///   - withinWorkingDays: the `cp_visit_working_days` setting.
  ///   - calendar: working days.
  public static func compute(
    _ plans: [AnnexAPlanRecord], coverage: ClosedRange<Day>?, periods: [Period], withinWorkingDays: Int = 10,
    calendar: WorkingDayCalendar = .england
  ) -> [IndicatorValue] {
    let current = Dictionary(periods.map { ($0.end, currentPlans(plans, atEndOf: $0.end)) }) { first, _ in first }
    var out: [IndicatorValue] = []
    for id in ids {
      let def = IndicatorCatalogue.definition(id)
      for p in periods {
        let cov = Coverage.check(coverage, p)
        guard cov.usable else {
          out.append(EpisodeCoverage.blank(def, p, flags: cov.flags))
          continue
        }
        let children = current[p.end]!.map { plans[$0] }
        let later = children.count { ($0.lastVisit ?? p.end) > p.end }
        if later > 0 {
          out.append(
            EpisodeCoverage.blank(
              def, p, flags: cov.flags.union([.noData]),
              note:
                "\(later) of \(children.count) children on a plan at \(p.end.iso) have a statutory visit recorded after it; list 7 keeps only the latest visit, so the visits as they stood then are not known"
            ))
          continue
        }
        let (num, den): (Int, Int)
        if id == .cpVisitsOnTime {
          num = children.count { c in
            c.lastVisit.map { calendar.workingDays(from: $0, to: p.end) <= withinWorkingDays } ?? false
          }
          den = children.count
        } else {
          let answered = children.filter { $0.lastVisit != nil && $0.seenAlone != .unknown }
          num = answered.count { $0.seenAlone == .yes }
          den = answered.count
        }
        let within = "visited within \(withinWorkingDays) working day\(withinWorkingDays == 1 ? "" : "s")"
        out.append(
          EpisodeCoverage.row(
            def, p, numerator: num, denominator: den, figure: .ratio(numerator: num, denominator: den, multiplier: 100),
            flags: den == 0 ? cov.flags.union([.noData]) : cov.flags, note: id == .cpVisitsOnTime ? within : nil))
      }
    }
    return out
  }

  /// Rows for a run whose plans come from the CIN census alone: blank, flagged `no_data`.
  public static func censusOnly(periods: [Period]) -> [IndicatorValue] {
    ids.flatMap { id in
      let def = IndicatorCatalogue.definition(id)
      return periods.map {
        EpisodeCoverage.blank(
          def, $0, flags: [.noData], note: "statutory visits come from Annex A list 7; the CIN census carries none")
      }
    }
  }

  /// Each child's current plan at the end of `day`, as an index into `plans`: the open plan with
  /// the latest start, the later row on a tie.
  static func currentPlans(_ plans: [AnnexAPlanRecord], atEndOf day: Day) -> [Int] {
    var chosen: [Int32: Int] = [:]
    for i in plans.indices where EpisodeCoverage.isOpen(start: plans[i].start, end: plans[i].end, atEndOf: day) {
      if let seen = chosen[plans[i].child], plans[seen].start > plans[i].start { continue }
      chosen[plans[i].child] = i
    }
    return chosen.values.sorted()
  }
}
