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

  public static func compute(
    _ episodes: [CINEpisode], coverage: ClosedRange<Day>?, periods: [Period], withinDays: Int?
  ) -> [IndicatorValue] {
    let def = IndicatorCatalogue.definition(.referralsToAssessment)
    return periods.map { p in
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
