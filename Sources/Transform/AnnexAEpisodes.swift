import SafeguardCore

/// Builds CIN episodes from the Annex A lists, where the census's explicit links are missing.
///
/// The rules, by child and date:
/// - each referral (list 3) opens an episode; duplicates of a child's referral on one date are
///   one episode (as `FrontDoorTransform` counts them);
/// - an assessment (list 4), Section 47 enquiry (list 5) or plan (list 7) belongs to the child's
///   latest referral dated on or before its start; one that starts before every referral of the
///   child (or whose child has none, as when the referrals extract starts later) goes to an
///   episode without a referral date, which counts for those records but not as a referral;
/// - a CIN record (list 6) gives its episode's closure date and reason, matched the same way by
///   its CIN start date;
/// - a plan's only review is the list 7 "Date of latest review conference", so measures that
///   need every review cannot be computed from Annex A;
/// - the ICPC "resulted in a plan" answer of list 5 is not needed: a plan starting on the
///   conference date is the link, as for the census.
public enum AnnexAEpisodes {
  /// - Parameter order: the set's referrals in counting order, when the caller has sorted them
  ///   already (the run sorts them once for this and for `FrontDoorTransform`).
  public static func episodes(from set: ExtractSet, order: ReferralOrder? = nil) -> [CINEpisode] {
    // Episodes per child, ascending by referral date.
    var byChild: [Int32: [CINEpisode]] = [:]
    let order = order ?? ReferralOrder(set.referrals, details: set.referralDetails)
    var last: ReferralDefinitions.ChildDay?
    for k in 0..<order.count {
      let r = order.record(at: k)
      let here = ReferralDefinitions.ChildDay(r.child, r.date)
      if let last, ReferralDefinitions.isSameReferral(last, here) { continue }
      last = here
      var e = CINEpisode(child: r.child, line: 0)
      e.referralDate = r.date
      e.nfa = r.nfa
      if order.hasGroups {
        let source = BreakdownGroups.Source.groups[order.groups(at: k).source]
        e.referralSource = source == "unknown" ? nil : source
      }
      byChild[r.child, default: []].append(e)
    }
    var early: [Int32: CINEpisode] = [:]

    /// Applies `change` to the episode a record starting on `start` belongs to.
    func attach(_ child: Int32, _ start: Day, _ change: (inout CINEpisode) -> Void) {
      if let list = byChild[child],
        let i = ReferralDefinitions.owningReferral(startingOn: start, among: list.lazy.map { $0.referralDate! })
      {
        change(&byChild[child]![i])
      } else {
        var e = early[child] ?? CINEpisode(child: child, line: 0)
        change(&e)
        early[child] = e
      }
    }
    for a in set.assessments {
      attach(a.child, a.start) {
        $0.assessments.append(AssessmentRecord(start: a.start, authorised: a.authorised, needsSupport: a.needsSupport))
      }
    }
    for s in set.section47s {
      attach(s.child, s.start) {
        $0.section47s.append(
          Section47Enquiry(start: s.start, icpcDate: s.icpcDate, icpcNotRequired: s.icpcNotRequired))
      }
    }
    for p in set.plans {
      attach(p.child, p.start) {
        $0.plans.append(
          ChildProtectionPlan(
            start: p.start, end: p.end, initialCategory: p.initialCategory, latestCategory: p.latestCategory,
            previousPlans: p.previousPlans, reviews: p.latestReview.map { [$0] } ?? []))
      }
    }
    for c in set.cinRecords {
      attach(c.child, c.start) {
        if let closure = c.closure { $0.closureDate = closure }
        if let reason = c.reasonForClosure { $0.reasonForClosure = reason }
        if let need = c.primaryNeed { $0.primaryNeed = need }
      }
    }
    let linked = byChild.keys.sorted().flatMap { byChild[$0]! }
    return linked + early.keys.sorted().map { early[$0]! }
  }
}
