import SafeguardCore

/// The Section 47 and initial conference indicators of `specs/indicators.md`, from CIN episodes:
/// s47_started, s47_children, s47_rate, s47_to_icpc, icpc, icpc_rate, icpc_15wd and icpc_to_cpp.
///
/// Which records count:
/// - An enquiry is "started in period" when its start date (the strategy discussion) lies in the
///   period; every enquiry counts, and `s47_children` counts distinct children among them. An
///   enquiry without a start date counts nowhere.
/// - `s47_to_icpc`: of the enquiries started in period, those with a conference date (in any
///   period, even after this one) and not marked "ICPC not required". A conference date with the
///   flag set is contradictory and does not count as leading to a conference.
/// - Conferences: each distinct conference date of an episode is one conference, whether it is
///   recorded on an enquiry, on the episode (`CINdetails/DateOfInitialCPC`, which also carries
///   transfer-in conferences with no enquiry), or both; the same date recorded twice in one
///   episode is one conference. "Held in period" means its date lies in the period. A conference
///   date counts even where the enquiry says a conference was not required: the date is the record.
/// - `icpc_15wd`: the conferences held in period with a linked enquiry — an enquiry of the same
///   episode with a start date and this conference date (the latest such start when several) —
///   whose start is on or before the conference. A conference recorded before its enquiry started
///   is left out of this measure but counted in `icpc`, as DfE does. Within 15 working days means
///   `workingDays(from: start, to: conference) ≤ 15` (days after the start up to the conference).
/// - `icpc_to_cpp`: a conference "resulted in a plan" when the same child has a child protection
///   plan starting on the conference date. The model carries no "did the ICPC result in a plan"
///   answer (Annex A list 5 has one), so the plan start date is the evidence.
/// - The rates are for the rolling year ending at the period's last day (`EpisodeCoverage.rate`).
///   Nothing here looks back, so nothing is `partial_history`.
public enum Section47Indicators {
  public static let ids: [IndicatorID] = [
    .s47Started, .s47Children, .s47Rate, .s47ToIcpc, .icpc, .icpcRate, .icpc15wd, .icpcToCpp,
  ]

  /// An enquiry with a start date.
  struct Enquiry {
    let child: Int32
    let start: Day
    let ledToConference: Bool
  }

  /// One initial conference.
  struct Conference {
    let child: Int32
    let date: Day
    /// Start of the linked enquiry, nil when none has a start date.
    let enquiryStart: Day?
    let resultedInPlan: Bool
  }

  /// Values for every Section 47 and conference indicator, in catalogue then period order.
  ///
  /// - Parameters:
  ///   - episodes: CIN episodes; their enquiries, conference dates and plan start dates are read.
  ///   - coverage: first to last event date of the source; nil when it held none.
  ///   - periods: the periods to compute, in output order.
  ///   - la: the LA whose population divides the rates; nil leaves them blank (`no_data`).
  ///   - calendar: working days for `icpc_15wd`.
  ///   - traits: the children's traits, for `s47_started` by age (on the enquiry's start), sex,
  ///     ethnicity and disability; nil gives no breakdown rows.
  public static func compute(
    _ episodes: [CINEpisode], coverage: ClosedRange<Day>?, periods: [Period], la: LACode?,
    calendar: WorkingDayCalendar = .england, traits: ChildTraitsTable? = nil
  ) -> [IndicatorValue] {
    let enquiries = self.enquiries(episodes)
    let conferences = self.conferences(episodes)
    var out: [IndicatorValue] = []
    for id in ids {
      let def = IndicatorCatalogue.definition(id)
      for p in periods {
        out.append(value(def, enquiries, conferences, p, coverage, la, calendar))
      }
      if id == .s47Started, let traits {
        let dimensions = BreakdownRows.child(
          IndicatorCatalogue.breakdowns(of: id), traits: traits, child: { (e: Enquiry) in e.child }, on: \.start)
        out += BreakdownRows.counts(def, periods: periods, coverage: coverage, dimensions: dimensions) { p in
          enquiries.filter { p.contains($0.start) }
        }
      }
    }
    return out
  }

  static func enquiries(_ episodes: [CINEpisode]) -> [Enquiry] {
    episodes.flatMap { e in
      e.section47s.compactMap { s in
        s.start.map {
          Enquiry(child: e.child, start: $0, ledToConference: s.icpcDate != nil && s.icpcNotRequired != .yes)
        }
      }
    }
  }

  static func conferences(_ episodes: [CINEpisode]) -> [Conference] {
    var planStarts: [Int32: Set<Day>] = [:]
    for e in episodes {
      for plan in e.plans { if let s = plan.start { planStarts[e.child, default: []].insert(s) } }
    }
    var out: [Conference] = []
    // Most episodes hold no conference: they are passed over without building a set.
    for e in episodes where e.icpcDate != nil || e.section47s.contains(where: { $0.icpcDate != nil }) {
      var dates = Set(e.section47s.compactMap(\.icpcDate))
      if let d = e.icpcDate { dates.insert(d) }
      for date in dates.sorted() {
        let start = e.section47s.filter { $0.icpcDate == date }.compactMap(\.start).max()
        let plan = planStarts[e.child]?.contains(date) ?? false
        out.append(Conference(child: e.child, date: date, enquiryStart: start, resultedInPlan: plan))
      }
    }
    return out
  }

  static func value(
    _ def: IndicatorDefinition, _ enquiries: [Enquiry], _ conferences: [Conference], _ p: Period,
    _ coverage: ClosedRange<Day>?, _ la: LACode?, _ calendar: WorkingDayCalendar
  ) -> IndicatorValue {
    switch def.id {
    case .s47Started:
      return EpisodeCoverage.count(def, p, coverage: coverage) { enquiries.count { p.contains($0.start) } }
    case .s47Children:
      return EpisodeCoverage.count(def, p, coverage: coverage) {
        Set(enquiries.filter { p.contains($0.start) }.map(\.child)).count
      }
    case .s47Rate:
      return EpisodeCoverage.rate(def, p, kind: .eventsInRollingYear, coverage: coverage, la: la) { year in
        enquiries.count { year.contains($0.start) }
      }
    case .s47ToIcpc:
      return EpisodeCoverage.percent(def, p, coverage: coverage) {
        let started = enquiries.filter { p.contains($0.start) }
        return (started.count(where: \.ledToConference), started.count)
      }
    case .icpc:
      return EpisodeCoverage.count(def, p, coverage: coverage) { conferences.count { p.contains($0.date) } }
    case .icpcRate:
      return EpisodeCoverage.rate(def, p, kind: .eventsInRollingYear, coverage: coverage, la: la) { year in
        conferences.count { year.contains($0.date) }
      }
    case .icpc15wd:
      return EpisodeCoverage.percent(def, p, coverage: coverage) {
        let days = conferences.filter { p.contains($0.date) }.compactMap { c -> Int? in
          guard let start = c.enquiryStart, start <= c.date else { return nil }
          return calendar.workingDays(from: start, to: c.date)
        }
        return (days.count { $0 <= 15 }, days.count)
      }
    case .icpcToCpp:
      return EpisodeCoverage.percent(def, p, coverage: coverage) {
        let held = conferences.filter { p.contains($0.date) }
        return (held.count(where: \.resultedInPlan), held.count)
      }
    default:
      return EpisodeCoverage.blank(def, p, flags: [.noData])
    }
  }
}
