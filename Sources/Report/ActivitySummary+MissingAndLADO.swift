import SafeguardCore

/// The missing and LADO sentences that join several figures of one period.
///
/// A clause whose figure is blank or suppressed is left out; a sentence whose own figure is a
/// suppressed percentage is not written (a count says "fewer than 6", a percentage cannot).
extension ActivitySummary {
  /// The figures of the period a sentence is about.
  struct Figures {
    /// Every value whose trend column is the period.
    let values: [IndicatorValue]
    /// The measure the sentence is for.
    let measure: IndicatorValue
    /// The measure's value as spoken ("376", "fewer than 6", "85.0").
    let said: String

    /// "in 2024-25 (1 April 2024 to 31 March 2025)".
    var when: String { "in " + words(measure.period) }

    /// The total row of `id`.
    func total(_ id: IndicatorID) -> IndicatorValue? { values.first { $0.indicator.id == id && $0.breakdown.isEmpty } }

    /// The breakdown rows of `id`, in their order.
    func rows(_ id: IndicatorID) -> [IndicatorValue] {
      values.filter { $0.indicator.id == id && !$0.breakdown.isEmpty }
    }

    /// The figure of `id` as a number to print, nil when blank or suppressed.
    func figure(_ id: IndicatorID) -> String? {
      guard let v = total(id), !v.flags.contains(.suppressed) else { return nil }
      return spoken(v)
    }

    /// The measure as a percentage to print, nil when suppressed.
    var ownPercent: String? { measure.flags.contains(.suppressed) ? nil : said }
  }

  /// `n` of `d` as a percentage to 1 dp, as the files write it.
  static func percent(_ n: Int, of d: Int) -> String { Cell.fraction(n, d, multiplier: 100, places: 1).rendered }

  /// "Children's social care recorded 420 missing episodes in …, for 130 children, an average of 3.2 episodes per child".
  @Sendable static func missingEpisodes(_ f: Figures) -> String? {
    var s = "Children's social care recorded \(f.said) missing episodes \(f.when)"
    if let children = f.total(.missingChildren).flatMap(spoken) {
      s += ", for \(children) children"
      if let mean = f.figure(.missingEpisodesPerChild) { s += ", an average of \(mean) episodes per child" }
    }
    return s
  }

  /// Offered, accepted and held within 72 hours, over the missing episodes ending in the period.
  @Sendable static func returnInterviews(_ f: Figures) -> String? {
    guard let offered = f.ownPercent else { return nil }
    var s = "A return home interview was offered after \(offered)% of the missing episodes that ended \(f.when)"
    var clauses: [String] = []
    if let accepted = f.figure(.rhiAccepted) { clauses.append("\(accepted)% of the offers were accepted") }
    if let held = f.figure(.rhiWithin72h) {
      clauses.append("an interview was held within 72 hours of the child's return after \(held)% of the episodes")
    }
    if !clauses.isEmpty { s += "; " + clauses.joined(separator: ", and ") }
    return s
  }

  /// "376 children were reported missing to the police in …, an average of 31.3 children per month".
  ///
  /// The police extract says where a child went missing from only occurrence by occurrence, so the
  /// sentence does not say "from home". A month's average is the count itself and is not repeated.
  @Sendable static func policeChildren(_ f: Figures) -> String? {
    var s = "\(f.said) children were reported missing to the police \(f.when)"
    if f.measure.period.months > 1, let monthly = f.figure(.policeMissingChildrenMonthly) {
      s += ", an average of \(monthly) children per month"
    }
    return s
  }

  /// "178 referrals were made to the LADO in …, an increase of 44.7% (55) on the previous year;
  /// 47.2% (84) concerned physical abuse".
  ///
  /// The change is left out when the year before is not covered or the figure is suppressed; with
  /// no referrals a year earlier it says "up from none". The category is the largest (the first in
  /// list order on a tie), left out when suppressed or when there were no referrals.
  @Sendable static func ladoReferrals(_ f: Figures) -> String? {
    var s = "\(f.said) referrals were made to the LADO \(f.when)"
    if let v = f.total(.ladoReferralsChange), !v.flags.contains(.suppressed),
      case .ratio(let change, let previous, _) = v.figure
    {
      let earlier = yearEarlier(f.measure.period)
      if change == 0 {
        s += ", no change on \(earlier)"
      } else if previous == 0 {
        s += ", up from none in \(earlier)"
      } else {
        let size = percent(abs(change), of: previous) + "% (" + grouped(abs(change)) + ")"
        s += ", \(change > 0 ? "an increase" : "a decrease") of \(size) on \(earlier)"
      }
    }
    let categories = f.rows(.ladoByCategory)
    if let top = categories.max(by: { ($0.numerator ?? 0) < ($1.numerator ?? 0) }), let n = top.numerator,
      let d = top.denominator, n > 0, !top.flags.contains(.suppressed)
    {
      s += "; \(percent(n, of: d))% (\(grouped(n))) concerned \(categoryWords[top.breakdown] ?? top.breakdown)"
    }
    return s
  }

  /// "Of the 120 referrals the LADO concluded in …, 40.0% were concluded within 1 month, 85.0% within 3 months and 99.2% within 12 months".
  @Sendable static func ladoTimeliness(_ f: Figures) -> String? {
    guard let oneMonth = f.ownPercent, let concluded = f.measure.denominator else { return nil }
    var s =
      "Of the \(grouped(concluded)) referrals the LADO concluded \(f.when), \(oneMonth)% were concluded within 1 month"
    let periods: [(IndicatorID, Int)] = [(.ladoConcluded3m, 3), (.ladoConcluded12m, 12)]
    let later = periods.compactMap { id, months in
      f.figure(id).map { "\($0)% within \(months) months" }
    }
    if let last = later.last { s += (later.count > 1 ? ", " + later[0] : "") + " and " + last }
    return s
  }

  /// How an allegation category reads after "concerned".
  static let categoryWords = [
    "Physical": "physical abuse", "Sexual": "sexual abuse", "Emotional": "emotional abuse", "Neglect": "neglect",
    "Suitability": "suitability to work with children",
  ]

  /// The period a year before, as the change is said against it.
  static func yearEarlier(_ p: Period) -> String {
    switch p.kind {
    case .financialYear: return "the previous year"
    case .quarter: return "the same quarter of the previous year"
    case .month: return "the same month of the previous year"
    case .rollingYear: return "the twelve months before"
    }
  }
}
