import SafeguardCore

/// The front-door indicators of `specs/indicators.md`: contacts, contact_referral_conversion,
/// referrals, referrals_rate, rereferrals_12m and referrals_nfa.
///
/// - `referrals_nfa` divides by the referrals whose NFA answer is Y or N; a blank or unreadable
///   answer (reported as a finding) is left out of both numerator and denominator.
/// - `referrals_rate` for a period shorter than a year is the rate for the rolling year ending on
///   the period's last day (its `period` says so); the population is the ONS mid-year estimate
///   inside that year, `provisional` when a later estimate is not yet published.
/// - `rereferrals_12m` is `partial_history` when the referrals extract starts less than 12 months
///   before the period's first day.
public enum FrontDoorIndicators {
  public static let ids: [IndicatorID] = [
    .contacts, .contactReferralConversion, .referrals, .referralsRate, .rereferrals12m, .referralsNfa,
  ]

  /// Values for every front-door indicator and every period, in catalogue then period order,
  /// each indicator's total rows followed by its breakdown rows.
  ///
  /// A breakdown row is the indicator worked out on the group's own counts, with the same
  /// coverage checks and flags: for `contacts` and `referrals` the count in the group over the
  /// total; for the percentages the group's numerator over the group's own denominator.
  /// Dimensions the timeline does not carry (the extract had no such column) give no rows.
  public static func compute(_ t: FrontDoorTimeline, periods: [Period], la: LACode?) -> [IndicatorValue] {
    var out: [IndicatorValue] = []
    for id in ids {
      let def = IndicatorCatalogue.definition(id)
      let totals = periods.map { value(def, t, $0, la) }
      out += totals
      for d in IndicatorCatalogue.breakdowns(of: id) {
        let groups: [FrontDoorTimeline]
        if id == .contacts {
          guard let counts = t.contactGroups[d] else { continue }
          groups = counts.map {
            FrontDoorTimeline(contacts: $0, contactCoverage: t.contactCoverage, referrals: t.referrals)
          }
        } else {
          guard let byGroup = t.referrals?.byGroup[d] else { continue }
          groups = byGroup.map {
            FrontDoorTimeline(contacts: t.contacts, contactCoverage: t.contactCoverage, referrals: $0)
          }
        }
        for (label, group) in zip(d.groups.map(d.label), groups) {
          for (p, total) in zip(periods, totals) {
            let v = value(def, group, p, la)
            out.append(
              IndicatorValue(
                indicator: def, breakdown: label, period: v.period, column: p, numerator: v.numerator,
                denominator: def.unit == .count ? total.numerator : v.denominator, figure: v.figure, flags: v.flags,
                note: v.note))
          }
        }
      }
    }
    return out
  }

  static func value(_ def: IndicatorDefinition, _ t: FrontDoorTimeline, _ p: Period, _ la: LACode?) -> IndicatorValue {
    func make(
      _ num: Int?, _ den: Int?, _ fig: Figure, _ flags: Set<IndicatorFlag>, in period: Period = p, note: String? = nil
    )
      -> IndicatorValue
    {
      IndicatorValue(
        indicator: def, period: period, column: p, numerator: num, denominator: den, figure: fig, flags: flags,
        note: note)
    }
    let refCov = Coverage.check(t.referrals?.coverage, p)
    switch def.id {
    case .contacts:
      let cov = Coverage.check(t.contactCoverage, p)
      guard cov.usable, let c = t.contacts else { return make(nil, nil, .none, cov.flags) }
      let n = c.count(in: p)
      return make(n, nil, .count(n), cov.flags)
    case .contactReferralConversion:
      let cov = Coverage.check(t.contactCoverage, p)
      guard cov.usable, refCov.usable, let c = t.contacts, let r = t.referrals else {
        return make(nil, nil, .none, cov.flags.union(refCov.flags).subtracting([.provisional]).union([.noData]))
      }
      let num = r.all.count(in: p)
      let den = c.count(in: p)
      return make(num, den, .ratio(numerator: num, denominator: den, multiplier: 100), cov.flags.union(refCov.flags))
    case .referrals:
      guard refCov.usable, let r = t.referrals else { return make(nil, nil, .none, refCov.flags) }
      let n = r.all.count(in: p)
      return make(n, nil, .count(n), refCov.flags)
    case .referralsRate:
      let year = p.rollingYear
      let cov = Coverage.check(t.referrals?.coverage, year)
      guard cov.usable, let r = t.referrals else { return make(nil, nil, .none, cov.flags, in: year) }
      guard let la else {
        return make(nil, nil, .none, cov.flags.union([.noData]), in: year, note: "no LA code set, so no population")
      }
      guard let pop = ReferenceData.population0to17(area: la.value, for: year) else {
        return make(nil, nil, .none, cov.flags.union([.noData]), in: year, note: "no 0–17 population for LA \(la)")
      }
      let n = r.all.count(in: year)
      var flags = cov.flags
      if pop.provisional { flags.insert(.provisional) }
      return make(
        n, pop.population, .ratio(numerator: n, denominator: pop.population, multiplier: 10_000), flags, in: year,
        note: "population: ONS mid-\(pop.midYear) estimate of children aged 0–17")
    case .rereferrals12m:
      guard refCov.usable, let r = t.referrals else { return make(nil, nil, .none, refCov.flags) }
      var flags = refCov.flags
      if r.coverage.lowerBound > p.start.adding(months: -12) { flags.insert(.partialHistory) }
      let num = r.rereferrals.count(in: p)
      let den = r.all.count(in: p)
      return make(num, den, .ratio(numerator: num, denominator: den, multiplier: 100), flags)
    case .referralsNfa:
      guard refCov.usable, let r = t.referrals else { return make(nil, nil, .none, refCov.flags) }
      let num = r.nfaYes.count(in: p)
      let den = r.nfaKnown.count(in: p)
      return make(num, den, .ratio(numerator: num, denominator: den, multiplier: 100), refCov.flags)
    default:
      // `ids` lists only this family's indicators; a test runs each of them.
      preconditionFailure("\(def.id) is not a front-door indicator")
    }
  }
}
