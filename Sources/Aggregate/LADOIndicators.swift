import SafeguardCore

/// The LADO indicators of `specs/indicators.md`, from the LADO contacts: lado_contacts,
/// lado_referrals, lado_referrals_change, lado_by_referrer, lado_by_sector, lado_by_category,
/// lado_threshold_met, lado_meetings, lado_individuals, lado_outcomes and lado_concluded_1m / 3m / 12m.
///
/// Which contacts count:
/// - "In period" is by `Date Received`. A consultation is a contact, never a referral: it counts
///   in `lado_contacts` only. Every row counts: duplicates are for the transform stage.
/// - `lado_referrals_change` compares the referrals in period with those in the same-length period
///   a year earlier (2023-24 for 2024-25, 2023-24-Q3 for 2024-25-Q3):
///   `.ratio(numerator: current − previous, denominator: previous, multiplier: 100)`, so the
///   numerator is the change in referrals and the figure its percentage; blank when there were
///   none a year earlier (denominator 0). Blank and flagged `partial_history` and `no_data` when
///   the extract does not cover the earlier period.
/// - The breakdowns (`lado_by_referrer`, `lado_by_sector`, `lado_by_category`) have one row per
///   value of the extract's list, in the list's order, zeros included, and no total row: value and
///   numerator = referrals in period with that value, denominator = referrals in period. A referral
///   whose value is blank or unreadable is in the denominator and in no row.
/// - `lado_threshold_met`: threshold Y ÷ referrals in period (a blank answer is not Y).
///   `lado_meetings`: referrals in period with a strategy meeting date, whenever it was held.
///   `lado_individuals`: distinct `Person Ref` among referrals in period.
/// - The conclusion measures take referrals concluded in period (by `Date Concluded`), wherever
///   they were received. `lado_outcomes` has one row per outcome in list order (denominator =
///   referrals concluded in period; one without an outcome is in no row). Within n months means
///   concluded on or before the day n calendar months after receipt, the same day of the month,
///   or the month's last day when it has no such day (received 31 January, 1 month ends
///   28 or 29 February): received 15 May and concluded 15 June is within 1 month, 16 June is not.
///   These look back, so they are `partial_history` when the extract starts less than 12 months
///   before the period's first day (referrals received earlier and concluded in period are absent).
public enum LADOIndicators {
  public static let ids: [IndicatorID] = [
    .ladoContacts, .ladoReferrals, .ladoReferralsChange, .ladoByReferrer, .ladoBySector,
    .ladoByCategory, .ladoThresholdMet, .ladoMeetings, .ladoIndividuals, .ladoOutcomes,
    .ladoConcluded1m, .ladoConcluded3m, .ladoConcluded12m,
  ]

  /// Values for every LADO indicator, in catalogue order, each breakdown value in list order, then period.
  ///
  /// - Parameters:
  ///   - contacts: LADO contacts, referrals and consultations.
  ///   - coverage: first to last `Date Received` of the LADO extracts; nil when none was read.
  ///   - periods: the periods to compute, in output order.
  public static func compute(
    _ contacts: [LADOContactRecord], coverage: ClosedRange<Day>?, periods: [Period]
  ) -> [IndicatorValue] {
    let referrals = contacts.filter { $0.type == .referral }
    func received(_ p: Period) -> [LADOContactRecord] { referrals.filter { p.contains($0.received) } }
    func concluded(_ p: Period) -> [LADOContactRecord] {
      referrals.filter { $0.concluded.map(p.contains) ?? false }
    }
    var out: [IndicatorValue] = []
    for id in ids {
      let def = IndicatorCatalogue.definition(id)
      switch id {
      case .ladoByReferrer:
        out += breakdown(def, periods, coverage, LADOReferrer.allCases.map(\.rawValue)) {
          (received($0).compactMap { $0.referrer?.rawValue }, received($0).count)
        }
      case .ladoBySector:
        out += breakdown(def, periods, coverage, LADOSector.allCases.map(\.rawValue)) {
          (received($0).compactMap { $0.sector?.rawValue }, received($0).count)
        }
      case .ladoByCategory:
        out += breakdown(def, periods, coverage, LADOCategory.allCases.map(\.rawValue)) {
          (received($0).compactMap { $0.category?.rawValue }, received($0).count)
        }
      case .ladoOutcomes:
        out += breakdown(def, periods, coverage, LADOOutcome.allCases.map(\.rawValue)) {
          (concluded($0).compactMap { $0.outcome?.rawValue }, concluded($0).count)
        }.map { $0.flagged(lookBack($0.period, coverage)) }
      default:
        for p in periods {
          out.append(value(def, contacts, received(p), concluded(p), p, coverage, previous: received(p.yearEarlier)))
        }
      }
    }
    return out
  }

  /// True when a referral received on `received` and concluded on `concluded` took no more than
  /// `months` calendar months (`Day.adding(months:)` keeps the day of the month, or the month's last day).
  public static func concluded(_ concluded: Day, received: Day, within months: Int) -> Bool {
    concluded <= received.adding(months: months)
  }

  /// `partial_history` when the extract starts less than 12 months before the period does.
  static func lookBack(_ p: Period, _ coverage: ClosedRange<Day>?) -> Set<IndicatorFlag> {
    guard let c = coverage, Coverage.check(c, p).usable, c.lowerBound > p.start.adding(months: -12) else { return [] }
    return [.partialHistory]
  }

  /// One row per value in `values` order, then period; `tally` gives each record's value and the denominator.
  static func breakdown(
    _ def: IndicatorDefinition, _ periods: [Period], _ coverage: ClosedRange<Day>?, _ values: [String],
    tally: (Period) -> (values: [String], base: Int)
  ) -> [IndicatorValue] {
    var counts: [Period: (byValue: [String: Int], base: Int)] = [:]
    for p in periods where Coverage.check(coverage, p).usable {
      let t = tally(p)
      var by: [String: Int] = [:]
      for v in t.values { by[v, default: 0] += 1 }
      counts[p] = (by, t.base)
    }
    var out: [IndicatorValue] = []
    for value in values {
      for p in periods {
        let flags = Coverage.check(coverage, p).flags
        guard let t = counts[p] else {
          out.append(EpisodeCoverage.blank(def, p, breakdown: value, flags: flags))
          continue
        }
        let n = t.byValue[value, default: 0]
        out.append(
          EpisodeCoverage.row(
            def, p, breakdown: value, numerator: n, denominator: t.base, figure: .count(n), flags: flags))
      }
    }
    return out
  }

  static func value(
    _ def: IndicatorDefinition, _ contacts: [LADOContactRecord], _ referrals: [LADOContactRecord],
    _ concluded: [LADOContactRecord], _ p: Period, _ coverage: ClosedRange<Day>?, previous: [LADOContactRecord]
  ) -> IndicatorValue {
    func within(_ months: Int) -> IndicatorValue {
      EpisodeCoverage.percent(def, p, coverage: coverage, extra: lookBack(p, coverage)) {
        (concluded.count { Self.concluded($0.concluded!, received: $0.received, within: months) }, concluded.count)
      }
    }
    switch def.id {
    case .ladoContacts:
      return EpisodeCoverage.count(def, p, coverage: coverage) { contacts.count { p.contains($0.received) } }
    case .ladoReferrals:
      return EpisodeCoverage.count(def, p, coverage: coverage) { referrals.count }
    case .ladoReferralsChange:
      let cov = Coverage.check(coverage, p)
      guard cov.usable else { return EpisodeCoverage.blank(def, p, flags: cov.flags) }
      guard Coverage.check(coverage, p.yearEarlier).usable else {
        return EpisodeCoverage.blank(
          def, p, flags: cov.flags.union([.partialHistory, .noData]),
          note: "the extract does not cover \(p.yearEarlier.label), a year earlier")
      }
      let change = referrals.count - previous.count
      return EpisodeCoverage.row(
        def, p, numerator: change, denominator: previous.count,
        figure: .ratio(numerator: change, denominator: previous.count, multiplier: 100), flags: cov.flags)
    case .ladoThresholdMet:
      return EpisodeCoverage.percent(def, p, coverage: coverage) {
        (referrals.count { $0.thresholdMet == .yes }, referrals.count)
      }
    case .ladoMeetings:
      return EpisodeCoverage.count(def, p, coverage: coverage) { referrals.count { $0.meeting != nil } }
    case .ladoIndividuals:
      return EpisodeCoverage.count(def, p, coverage: coverage) { Set(referrals.map(\.person)).count }
    case .ladoConcluded1m: return within(1)
    case .ladoConcluded3m: return within(3)
    case .ladoConcluded12m: return within(12)
    default:
      return EpisodeCoverage.blank(def, p, flags: [.noData])
    }
  }
}

extension Period {
  /// The period of the same kind and length a year before this one (2023-24-Q3 for 2024-25-Q3).
  var yearEarlier: Period {
    switch kind {
    case .financialYear: return .financialYear(start.year - 1)
    case .quarter: return .quarter(containing: start.adding(months: -12))
    case .month: return .month(start.year - 1, start.month)
    case .rollingYear: return .rollingYear(endingYear: end.year - 1, month: end.month)
    }
  }
}
