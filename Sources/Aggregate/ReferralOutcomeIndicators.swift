import SafeguardCore

/// `referrals_to_assessment`: referrals in the period followed by an assessment for the same
/// child, ÷ referrals in the period × 100.
///
/// In the CIN census the link is the episode: a referral counts when its episode has an
/// assessment with a start date. From Annex A (`withinDays` set, 30 by default as
/// `specs/indicators.md` says) the assessment must also start on or after the referral date and
/// within that many days of it; `AnnexAEpisodes` has already attached each assessment to the
/// child's latest referral on or before its start, so "before the child's next referral" holds.
/// Referrals come from episodes with a referral date (an episode made only of records that
/// precede every referral is not a referral).
public enum ReferralOutcomeIndicators {
  public static let ids: [IndicatorID] = [.referralsToAssessment]

  /// - Parameter bySource: also the rows by referral source (the episode's `referralSource`),
  ///   each the share within its group, when the source carries the referral source.
  public static func compute(
    _ episodes: [CINEpisode], coverage: ClosedRange<Day>?, periods: [Period], withinDays: Int?,
    bySource: Bool = false
  ) -> [IndicatorValue] {
    let def = IndicatorCatalogue.definition(.referralsToAssessment)
    var out = rows(def, episodes, coverage, periods, withinDays)
    if bySource {
      let groups = Dictionary(grouping: episodes) { BreakdownGroups.Source.of($0.referralSource) }
      for group in BreakdownDimension.source.groups {
        out += rows(def, groups[group] ?? [], coverage, periods, withinDays).map {
          IndicatorValue(
            indicator: def, breakdown: BreakdownDimension.source.label(group), period: $0.period, column: $0.column,
            numerator: $0.numerator, denominator: $0.denominator, figure: $0.figure, flags: $0.flags, note: $0.note)
        }
      }
    }
    return out
  }

  static func rows(
    _ def: IndicatorDefinition, _ episodes: [CINEpisode], _ coverage: ClosedRange<Day>?, _ periods: [Period],
    _ withinDays: Int?
  ) -> [IndicatorValue] {
    periods.map { p in
      EpisodeCoverage.percent(def, p, coverage: coverage) {
        var referrals = 0
        var assessed = 0
        for e in episodes {
          guard let r = e.referralDate, p.contains(r) else { continue }
          referrals += 1
          let followed = e.assessments.contains { a in
            guard let s = a.start else { return false }
            guard let days = withinDays else { return true }
            return s >= r && r.days(to: s) <= days
          }
          if followed { assessed += 1 }
        }
        return (assessed, referrals)
      }
    }
  }
}
