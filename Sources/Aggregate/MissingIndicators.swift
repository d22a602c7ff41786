import SafeguardCore

/// The missing and away indicators of `specs/indicators.md`, from the social care episodes and
/// the police occurrences: missing_episodes, away_episodes, missing_children,
/// missing_episodes_per_child, missing_repeat_children, rhi_offered, rhi_accepted, rhi_within_72h,
/// police_missing_reports, police_missing_children and police_missing_children_monthly.
///
/// Which records count:
/// - Episodes "starting in period" by the day of `MIS_START` (its time is not needed). Only
///   missing (M) episodes count in the missing and interview measures; away (A) episodes count in
///   `away_episodes` only. Every episode row counts: duplicates are for the transform stage.
/// - `missing_episodes_per_child` is M episodes ÷ children with one, held as
///   `.ratio(numerator: episodes, denominator: children, multiplier: 1)` and written to 1 dp.
/// - `missing_repeat_children`: children with 3 or more M episodes starting in period. The period
///   is its look-back, so when the extract stops before the period's last day it is
///   `partial_history` as well as `provisional` (a child's third episode may be still to come).
/// - The interview measures take the M episodes ending in period (the day of `MIS_END`); an open
///   episode is in none of them. `rhi_offered`: offered Y ÷ ended. `rhi_accepted`: offered Y and
///   accepted Y ÷ offered Y. `rhi_within_72h`: interview dated no earlier than the end day and no
///   later than the end day + 3 ÷ ended. `RHI_DATE` is a date without a time, so "72 hours" is
///   read as 3 calendar days after the day of return, whatever the hour: return on the 1st at
///   23:00 and an interview on the 4th counts, on the 5th does not. A blank or unreadable answer
///   is not an offer or an acceptance. All three are `provisional` when the extract's last date is
///   before the period's last day + 3, since interviews for the last episodes may still be held.
/// - Police occurrences count on the day of `Reported Missing`, out-of-area children (another
///   Home LA) included. A child is the `LA Child ID` when the MASH has matched the person, else
///   the `Person Ref`; a person matched on any occurrence is that child on all of theirs, so one
///   child is never counted twice under two identifiers.
/// - `police_missing_children_monthly`: police_missing_children ÷ months in the period (3 for a
///   quarter), `.ratio(numerator: children, denominator: months, multiplier: 1)`, 1 dp.
/// - Each source is checked against its own coverage (`Coverage.check`): `no_data` and blank
///   without an extract of that kind covering the period's first day, `provisional` when it stops
///   before the period's last day.
public enum MissingIndicators {
  public static let ids: [IndicatorID] = [
    .missingEpisodes, .awayEpisodes, .missingChildren, .missingEpisodesPerChild,
    .missingRepeatChildren, .rhiOffered, .rhiAccepted, .rhiWithin72h, .policeMissingReports,
    .policeMissingChildren, .policeMissingChildrenMonthly,
  ]

  /// Days after the day of return within which a return home interview is on time.
  public static let interviewDays = 3

  /// Values for every missing indicator and every period, in catalogue then period order, each
  /// indicator's breakdown rows (`MissingIndicators+Breakdowns.swift`) after its totals.
  ///
  /// - Parameters:
  ///   - episodes: missing and away episodes recorded by social care.
  ///   - coverage: first to last `MIS_START` day of the episodes extracts; nil when none was read.
  ///   - police: police missing-person occurrences.
  ///   - policeCoverage: first to last `Reported Missing` day of the police extracts; nil when none.
  ///   - periods: the periods to compute, in output order.
  public static func compute(
    _ episodes: [MissingEpisodeRecord], coverage: ClosedRange<Day>?, police: [PoliceMissingRecord],
    policeCoverage: ClosedRange<Day>?, periods: [Period]
  ) -> [IndicatorValue] {
    let missing = episodes.filter { $0.category == .missing }
    let keys = policeChildKeys(police)
    var out: [IndicatorValue] = []
    for id in ids {
      let def = IndicatorCatalogue.definition(id)
      for p in periods {
        if id.rawValue.hasPrefix("police") {
          out.append(policeValue(def, police, keys, p, policeCoverage))
        } else {
          out.append(episodeValue(def, episodes, missing, p, coverage))
        }
      }
      out += breakdownRows(
        def, missing: missing, coverage: coverage, police: police, policeCoverage: policeCoverage, periods: periods)
    }
    return out
  }

  /// Whom a police occurrence is about.
  enum PoliceChild: Hashable {
    case child(Int32)
    case person(String)
  }

  /// The child of each occurrence, by position: the LA child ID of the occurrence, or of another
  /// occurrence of the same person, else the person reference.
  static func policeChildKeys(_ police: [PoliceMissingRecord]) -> [PoliceChild] {
    var matched: [String: Int32] = [:]
    for r in police { if let c = r.child, matched[r.personRef] == nil { matched[r.personRef] = c } }
    return police.map { r in (r.child ?? matched[r.personRef]).map(PoliceChild.child) ?? .person(r.personRef) }
  }

  /// True when the interview was held from the day the episode ended to 3 days after it.
  static func interviewedWithin72Hours(_ e: MissingEpisodeRecord) -> Bool {
    guard let end = e.end?.day, let held = e.rhiDate else { return false }
    return held >= end && held <= end.adding(days: interviewDays)
  }

  static func episodeValue(
    _ def: IndicatorDefinition, _ all: [MissingEpisodeRecord], _ missing: [MissingEpisodeRecord], _ p: Period,
    _ coverage: ClosedRange<Day>?
  ) -> IndicatorValue {
    func starting(_ records: [MissingEpisodeRecord]) -> [MissingEpisodeRecord] {
      records.filter { p.contains($0.start.day) }
    }
    func episodesByChild() -> [Int32: Int] {
      var by: [Int32: Int] = [:]
      for e in starting(missing) { by[e.child, default: 0] += 1 }
      return by
    }
    let ended = { missing.filter { $0.end.map { p.contains($0.day) } ?? false } }
    // Interviews for episodes ending in the last days of the period may not be held yet.
    let interviewsPending: Set<IndicatorFlag> =
      (coverage.map { $0.upperBound < p.end.adding(days: interviewDays) } ?? false) ? [.provisional] : []
    switch def.id {
    case .missingEpisodes:
      return EpisodeCoverage.count(def, p, coverage: coverage) { starting(missing).count }
    case .awayEpisodes:
      return EpisodeCoverage.count(def, p, coverage: coverage) { starting(all).count { $0.category == .away } }
    case .missingChildren:
      return EpisodeCoverage.count(def, p, coverage: coverage) { episodesByChild().count }
    case .missingEpisodesPerChild:
      let cov = Coverage.check(coverage, p)
      guard cov.usable else { return EpisodeCoverage.blank(def, p, flags: cov.flags) }
      let n = starting(missing).count
      let children = episodesByChild().count
      return EpisodeCoverage.row(
        def, p, numerator: n, denominator: children, figure: .ratio(numerator: n, denominator: children, multiplier: 1),
        flags: cov.flags)
    case .missingRepeatChildren:
      let cov = Coverage.check(coverage, p)
      let partial: Set<IndicatorFlag> = cov.flags.contains(.provisional) ? [.partialHistory] : []
      return EpisodeCoverage.count(def, p, coverage: coverage) { episodesByChild().values.count { $0 >= 3 } }
        .flagged(partial)
    case .rhiOffered:
      return EpisodeCoverage.percent(def, p, coverage: coverage, extra: interviewsPending) {
        let e = ended()
        return (e.count { $0.rhiOffered == .yes }, e.count)
      }
    case .rhiAccepted:
      return EpisodeCoverage.percent(def, p, coverage: coverage, extra: interviewsPending) {
        let offered = ended().filter { $0.rhiOffered == .yes }
        return (offered.count { $0.rhiAccepted == .yes }, offered.count)
      }
    case .rhiWithin72h:
      return EpisodeCoverage.percent(def, p, coverage: coverage, extra: interviewsPending) {
        let e = ended()
        return (e.count(where: interviewedWithin72Hours), e.count)
      }
    default:
      return EpisodeCoverage.blank(def, p, flags: [.noData])
    }
  }

  static func policeValue(
    _ def: IndicatorDefinition, _ police: [PoliceMissingRecord], _ keys: [PoliceChild], _ p: Period,
    _ coverage: ClosedRange<Day>?
  ) -> IndicatorValue {
    func children() -> Int {
      Set(police.indices.filter { p.contains(police[$0].reported.day) }.map { keys[$0] }).count
    }
    switch def.id {
    case .policeMissingReports:
      return EpisodeCoverage.count(def, p, coverage: coverage) { police.count { p.contains($0.reported.day) } }
    case .policeMissingChildren:
      return EpisodeCoverage.count(def, p, coverage: coverage, children)
    case .policeMissingChildrenMonthly:
      let cov = Coverage.check(coverage, p)
      guard cov.usable else { return EpisodeCoverage.blank(def, p, flags: cov.flags) }
      let n = children()
      return EpisodeCoverage.row(
        def, p, numerator: n, denominator: p.months, figure: .ratio(numerator: n, denominator: p.months, multiplier: 1),
        flags: cov.flags)
    default:
      return EpisodeCoverage.blank(def, p, flags: [.noData])
    }
  }
}

extension IndicatorValue {
  /// The same row with `extra` flags added.
  func flagged(_ extra: Set<IndicatorFlag>) -> IndicatorValue {
    var v = self
    v.flags.formUnion(extra)
    return v
  }
}
