import SafeguardCore

/// `referrals_not_in_need`: referrals in the period where the child was assessed and found not
/// to be in need, ÷ referrals in the period × 100.
///
/// Referrals are the episodes with a referral date in the period, as for `referrals_to_assessment`.
/// - CIN census (`linkDays` nil), DfE's definition (table C1): the referral's episode has an
///   assessment with a start date, no Section 47 enquiry, no initial conference date (on the
///   episode or an enquiry) and no child protection plan, and its reason for closure is RC8
///   (closed after assessment, no further action) or RC9 (closed after assessment, referred to
///   early help). An episode still open, or closed for another reason, does not count.
/// - Annex A (`linkDays` set): the referral's linked assessments are those of its episode that
///   start on or after the referral date and within `linkDays` of it (the link of
///   `referrals_to_assessment`; `AnnexAEpisodes` has attached each assessment to the child's
///   latest referral on or before its start). The referral counts when its linked assessments
///   all answer No to "assessed as requiring LA children's social care support". Any Yes: found
///   in need, not counted. A blank or unreadable answer (and no Yes): the outcome is not known, so
///   the referral is left out of the numerator and the denominator, as `referrals_nfa` treats a
///   blank NFA answer. A referral with no linked assessment stays in the denominator only.
/// - A zero denominator gives no value, flagged `no_data`.
public enum ReferralsNotInNeed {
  public static let ids: [IndicatorID] = [.referralsNotInNeed]

  /// The census closure reasons that mean "assessed, not in need".
  static let closedNotInNeed: Set<String> = ["RC8", "RC9"]

  /// What a referral's assessments say about need.
  enum Outcome {
    case notInNeed, other, unknown
  }

  /// One row per period, in `periods` order.
  ///
  /// - Parameters:
  ///   - episodes: CIN episodes from the census, or linked from Annex A lists 3 and 4.
  ///   - coverage: the referrals' covered dates; nil when the source held none (every row blank).
  ///   - periods: the periods to compute, in output order.
  ///   - linkDays: nil for the census; from Annex A, `referral_link_days`.
  public static func compute(
    _ episodes: [CINEpisode], coverage: ClosedRange<Day>?, periods: [Period], linkDays: Int?
  ) -> [IndicatorValue] {
    let def = IndicatorCatalogue.definition(.referralsNotInNeed)
    // Each referral's outcome, worked out once for every period.
    let outcomes = episodes.compactMap { e in e.referralDate.map { ($0, outcome(e, referral: $0, linkDays: linkDays)) }
    }
    return periods.map { p in
      let cov = Coverage.check(coverage, p)
      guard cov.usable else { return EpisodeCoverage.blank(def, p, flags: cov.flags) }
      var counted = 0
      var notInNeed = 0
      for (r, o) in outcomes where p.contains(r) {
        switch o {
        case .notInNeed:
          notInNeed += 1
          counted += 1
        case .other: counted += 1
        case .unknown: continue
        }
      }
      return EpisodeCoverage.row(
        def, p, numerator: notInNeed, denominator: counted,
        figure: .ratio(numerator: notInNeed, denominator: counted, multiplier: 100),
        flags: counted == 0 ? cov.flags.union([.noData]) : cov.flags,
        note: counted == 0 ? "no referrals with a known outcome in the period" : nil)
    }
  }

  /// The outcome of the referral on `referral` that opens `episode`.
  static func outcome(_ episode: CINEpisode, referral: Day, linkDays: Int?) -> Outcome {
    guard let linkDays else {
      let assessed = episode.assessments.contains { $0.start != nil }
      let protective =
        !episode.section47s.isEmpty || episode.icpcDate != nil || !episode.plans.isEmpty
      guard assessed && !protective else { return .other }
      let reason = episode.reasonForClosure?.trimmingSpaces().uppercased()
      return reason.map(closedNotInNeed.contains) == true ? .notInNeed : .other
    }
    var answers: [YesNo] = []
    for a in episode.assessments {
      guard let s = a.start, s >= referral, referral.days(to: s) <= linkDays else { continue }
      answers.append(a.needsSupport)
    }
    if answers.isEmpty || answers.contains(.yes) { return .other }
    return answers.contains(.unknown) ? .unknown : .notInNeed
  }
}
