import SafeguardCore

/// The children in need and children in care indicators of `specs/indicators.md`: cin_at_end,
/// cin_at_end_rate, cla_at_end and cla_at_end_rate.
///
/// Which records count:
/// - `cin_at_end`: distinct children with a CIN episode open at the end of the period's last day:
///   referral on or before it and no closure date or a closure after it (an episode closed on the
///   last day is not open at period end). Episodes on plans and in care count like any other.
///   Referrals marked NFA are left out even without a closure date, as DfE leaves them out of its
///   children-in-need population; an episode without a referral date counts nowhere. The census
///   allows one open episode per child, so children and open episodes (DfE's `At31_episodes`)
///   agree on valid data.
/// - From Annex A, list 6 gives the periods of need directly (CIN Start Date to CIN Closure
///   Date, by the same open-at-end rule); list 6 has no NFA answer.
/// - `cla_at_end`: distinct children with a care episode open at the end of the period's last
///   day, by the same rule (a child who ceased on the last day is not looked after at period end).
///   With no care episodes at all the figure is blank (`no_data`), not 0: an LA always has
///   children in care, so an empty list means the extract was not given.
/// - The rates are the at-end counts per 10,000 children, with the population for the rolling year
///   ending at the period's last day (`EpisodeCoverage.rate`, `.atPeriodEnd`).
/// - Coverage: the CIN measures check `coverage`; the care measures check `careCoverage`, or
///   `coverage` when it is nil (both lists taken from one extract set). Nothing looks back.
public enum ChildrenInNeedIndicators {
  public static let ids: [IndicatorID] = [.cinAtEnd, .cinAtEndRate, .claAtEnd, .claAtEndRate]

  /// A period of care: the day the child started to be looked after and the day they ceased (nil while in care).
  public typealias CareEpisode = (child: Int32, start: Day, end: Day?)

  /// Values for every CIN and CLA indicator from CIN census episodes (or episodes linked from
  /// Annex A): referrals marked NFA and episodes without a referral date are left out, as above.
  ///
  /// - Parameters:
  ///   - episodes: CIN episodes; their referral, closure and NFA answers are read.
  ///   - coverage: first to last event date of the CIN source; nil when it held none.
  ///   - care: care episodes (Annex A list 8 or SSDA903); empty when none were given.
  ///   - careCoverage: first to last event date of the care source; nil to use `coverage`.
  ///   - periods: the periods to compute, in output order.
  ///   - la: the LA whose population divides the rates; nil leaves them blank (`no_data`).
  ///   - careTraits: the traits for `cla_at_end`'s breakdowns when its source describes its
  ///     children apart (Annex A list 8 beside a census); nil uses `traits`.
  ///   - traits: the children's traits for the breakdowns of `cin_at_end` (age on the period's
  ///     last day, sex, ethnicity, disability) and `cla_at_end` (age, sex); nil gives none.
  public static func compute(
    _ episodes: [CINEpisode], coverage: ClosedRange<Day>?, care: [CareEpisode] = [],
    careCoverage: ClosedRange<Day>? = nil, periods: [Period], la: LACode?, traits: ChildTraitsTable? = nil,
    careTraits: ChildTraitsTable? = nil
  ) -> [IndicatorValue] {
    let open = episodes.compactMap { e -> CareEpisode? in
      guard e.nfa != .yes, let start = e.referralDate else { return nil }
      return (child: e.child, start: start, end: e.closureDate)
    }
    return compute(
      spans: open, coverage: coverage, care: care, careCoverage: careCoverage, periods: periods, la: la,
      traits: traits, careTraits: careTraits)
  }

  /// Values for every CIN and CLA indicator, in catalogue then period order, from periods of need
  /// already chosen: CIN start (referral) to closure, as Annex A list 6 gives them.
  public static func compute(
    spans open: [CareEpisode], coverage: ClosedRange<Day>?, care: [CareEpisode] = [],
    careCoverage: ClosedRange<Day>? = nil, periods: [Period], la: LACode?, traits: ChildTraitsTable? = nil,
    careTraits: ChildTraitsTable? = nil
  ) -> [IndicatorValue] {
    /// The children open at the end of `day`, each once.
    func childrenOpen(_ spans: [CareEpisode], atEndOf day: Day) -> Set<Int32> {
      var children = Set<Int32>()
      for e in spans where EpisodeCoverage.isOpen(start: e.start, end: e.end, atEndOf: day) { children.insert(e.child) }
      return children
    }
    // Each day's children, worked out once for the count, the rate and the breakdowns.
    var needAt: [Day: [Int32]] = [:]
    var careAt: [Day: [Int32]] = [:]
    func inNeed(_ day: Day) -> [Int32] {
      if let known = needAt[day] { return known }
      let children = childrenOpen(open, atEndOf: day).sorted()
      needAt[day] = children
      return children
    }
    func inCare(_ day: Day) -> [Int32] {
      if let known = careAt[day] { return known }
      let children = childrenOpen(care, atEndOf: day).sorted()
      careAt[day] = children
      return children
    }
    func cinAtEnd(_ day: Day) -> Int { inNeed(day).count }
    func claAtEnd(_ day: Day) -> Int { inCare(day).count }
    let careCov = careCoverage ?? coverage
    var out: [IndicatorValue] = []
    for id in ids {
      let def = IndicatorCatalogue.definition(id)
      for p in periods {
        switch id {
        case .cinAtEnd:
          out.append(EpisodeCoverage.count(def, p, coverage: coverage) { cinAtEnd(p.end) })
        case .cinAtEndRate:
          out.append(
            EpisodeCoverage.rate(def, p, kind: .atPeriodEnd, coverage: coverage, la: la) { cinAtEnd($0.end) })
        case .claAtEnd where care.isEmpty, .claAtEndRate where care.isEmpty:
          let measured = id == .claAtEnd ? p : p.rollingYear
          out.append(
            EpisodeCoverage.blank(
              def, p, measured: measured, flags: [.noData], note: "no children-in-care extract was given"))
        case .claAtEnd:
          out.append(EpisodeCoverage.count(def, p, coverage: careCov) { claAtEnd(p.end) })
        case .claAtEndRate:
          out.append(
            EpisodeCoverage.rate(def, p, kind: .atPeriodEnd, coverage: careCov, la: la) { claAtEnd($0.end) })
        default:
          // `ids` lists only this family's indicators; a test runs each of them.
          preconditionFailure("\(def.id) is not a children in need indicator")
        }
      }
      guard let traits else { continue }
      typealias ChildOn = (child: Int32, day: Day)
      switch id {
      case .cinAtEnd:
        let dimensions = BreakdownRows.child(
          IndicatorCatalogue.breakdowns(of: id), traits: traits, child: { (c: ChildOn) in c.child }, on: \.day)
        out += BreakdownRows.counts(def, periods: periods, coverage: coverage, dimensions: dimensions) { p in
          inNeed(p.end).map { ($0, p.end) }
        }
      case .claAtEnd where !care.isEmpty:
        let dimensions = BreakdownRows.child(
          IndicatorCatalogue.breakdowns(of: id), traits: careTraits ?? traits, child: { (c: ChildOn) in c.child },
          on: \.day)
        out += BreakdownRows.counts(def, periods: periods, coverage: careCov, dimensions: dimensions) { p in
          inCare(p.end).map { ($0, p.end) }
        }
      default: break
      }
    }
    return out
  }
}
