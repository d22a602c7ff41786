import SafeguardCore

/// The child protection plan indicators of `specs/indicators.md`, from the plans of CIN episodes:
/// cpp_started, cpp_started_rate, cpp_second_or_subsequent, cpp_at_end, cpp_at_end_rate,
/// cpp_ended, cpp_ended_2y_plus, cpp_reviews_on_time, cpp_latest_review_recent, cpp_by_category.
///
/// Which plans count:
/// - Started / ended in period: the start / end date lies in the period; every plan counts
///   (transfers in too), so one child can count twice. A plan without a start date counts only
///   in `cpp_ended`. A plan ending the day it starts (duration 0) counts as started and ended.
/// - At period end: start on or before the period's last day and no end date or an end date
///   after it (`EpisodeCoverage.isOpen`); a plan ending on the last day is not open at period end.
///   The at-end measures count children: a child with two open plans counts once, and their
///   "current" plan is the open one with the latest start (the later record on a tie).
/// - `cpp_ended_2y_plus`: end − start ≥ 729 days (more than 729 calendar days counting the day of
///   cessation), over the plans ending in period with a start on or before their end; a plan
///   without a usable start is left out of this measure only.
/// - `cpp_second_or_subsequent`: plans starting in period whose `previousPlans` is above 0, or
///   for whose child the data hold a plan starting earlier. `partial_history` when some plan
///   starting in period has no previous-plan count and no earlier plan in the data, and the
///   coverage starts less than 19 years before that plan (a plan can start before birth, and the
///   child is under 18, so 19 years spans any previous plan).
/// - `cpp_reviews_on_time` and `cpp_latest_review_recent` look at children whose current plan
///   started on or before the period's last day minus 3 months, and at its reviews dated from its
///   start to the period's last day (later ones are not yet known at period end). On time: a first
///   review no later than start + 3 months, each later review no later than the previous + 6
///   months, and the period's last day no later than the latest review + 6 months. A child with
///   no review is not on time (the spec asks for a first review within 3 months). Recent: the
///   latest review + 6 months is on or after the period's last day; the same forward count as the
///   on-time rule, so the proxy agrees with the full measure where month ends differ
///   (a review on 30 September is due by 30 March, so it is not recent at 31 March).
///   `cpp_reviews_on_time` needs every review date: pass `reviewsComplete: false` for Annex A,
///   which carries only the latest, and it is left blank (`no_data`).
/// - `cpp_by_category`: children on a plan at period end by the latest category of their current
///   plan (the initial category when no latest is recorded); codes NEG, PHY, SAB, EMO, MUL (the
///   words are read too). Each category row is a percentage: numerator = children in that
///   category, denominator = children on a plan at period end; all five are always present.
///   The total row (breakdown "") counts the children with a recognised category, so it falls
///   short of 100% only when a category is missing or unreadable.
/// - The rates divide by the ONS 0–17 population for the rolling year ending at the period's last
///   day: `cpp_started_rate` counts plans starting in that year, `cpp_at_end_rate` children on a
///   plan at its last day.
public enum ChildProtectionIndicators {
  public static let ids: [IndicatorID] = [
    .cppStarted, .cppStartedRate, .cppSecondOrSubsequent, .cppAtEnd, .cppAtEndRate, .cppEnded,
    .cppEnded2yPlus, .cppReviewsOnTime, .cppLatestReviewRecent, .cppByCategory,
  ]

  /// The categories of abuse, in code order.
  public static let categories = ["EMO", "MUL", "NEG", "PHY", "SAB"]

  /// A plan with its child.
  struct Plan {
    let child: Int32
    let start: Day?
    let end: Day?
    /// The latest category (the initial one when no latest is recorded), as a code.
    let category: String?
    /// The category the plan started with, as a code.
    let initialCategory: String?
    let previousPlans: Int?
    let reviews: [Day]
  }

  /// Values for every child protection plan indicator, in catalogue then period order (category rows by code).
  ///
  /// - Parameters:
  ///   - episodes: CIN episodes; only their plans are read.
  ///   - coverage: first to last event date of the source; nil when it held none.
  ///   - periods: the periods to compute, in output order.
  ///   - la: the LA whose population divides the rates; nil leaves them blank (`no_data`).
  ///   - reviewsComplete: false when the source carries only the latest review (Annex A).
  ///   - traits: the children's traits for the breakdowns of `cpp_started` (initial category, and
  ///     age on the plan's start, sex, ethnicity, disability) and `cpp_at_end` (duration, and age on
  ///     the period's last day, sex, ethnicity, disability); nil gives no breakdown rows. The
  ///     category and duration rows need no traits and are written whenever `traits` is given.
  public static func compute(
    _ episodes: [CINEpisode], coverage: ClosedRange<Day>?, periods: [Period], la: LACode?,
    reviewsComplete: Bool = true, traits: ChildTraitsTable? = nil
  ) -> [IndicatorValue] {
    let plans = episodes.flatMap { e in
      e.plans.map {
        Plan(
          child: e.child, start: $0.start, end: $0.end, category: category($0.latestCategory ?? $0.initialCategory),
          initialCategory: category($0.initialCategory), previousPlans: $0.previousPlans, reviews: $0.reviews)
      }
    }
    var earliest: [Int32: Day] = [:]
    for plan in plans { if let s = plan.start { earliest[plan.child] = min(earliest[plan.child] ?? s, s) } }
    // The plans open at each period's end, worked out once: five measures ask for them.
    var open: [Day: [Int32: Int]] = [:]
    for p in periods where open[p.end] == nil { open[p.end] = current(plans, atEndOf: p.end) }
    let openAt = { (day: Day) in open[day] ?? current(plans, atEndOf: day) }
    var out: [IndicatorValue] = []
    for id in ids {
      let def = IndicatorCatalogue.definition(id)
      if id == .cppByCategory {
        out += EpisodeCoverage.breakdownRows(def, periods: periods, coverage: coverage, extraValues: categories) {
          categoryTally(plans, openAt($0.end))
        }
        continue
      }
      for p in periods {
        out.append(value(def, plans, earliest, openAt, p, coverage, la, reviewsComplete))
      }
      guard let traits else { continue }
      switch id {
      case .cppStarted:
        // A plan without a recognised initial category is in no category group.
        let category = BreakdownRows.Dimension<Plan>(dimension: .category) {
          BreakdownGroups.Category.of(code: $0.initialCategory)?.rawValue ?? ""
        }
        let dimensions =
          [category]
          + BreakdownRows.child(
            IndicatorCatalogue.breakdowns(of: id), traits: traits, child: { (plan: Plan) in plan.child },
            on: { $0.start! })
        out += BreakdownRows.counts(def, periods: periods, coverage: coverage, dimensions: dimensions) { p in
          plans.filter { $0.start.map(p.contains) ?? false }
        }
      case .cppAtEnd:
        // Each child once, by their current plan, on the period's last day.
        typealias OnPlan = (plan: Plan, day: Day)
        let duration = BreakdownRows.Dimension<OnPlan>(dimension: .duration) {
          BreakdownGroups.Duration.of(start: $0.plan.start!, at: $0.day).rawValue
        }
        let dimensions =
          [duration]
          + BreakdownRows.child(
            IndicatorCatalogue.breakdowns(of: id), traits: traits, child: { (o: OnPlan) in o.plan.child },
            on: \.day)
        out += BreakdownRows.counts(def, periods: periods, coverage: coverage, dimensions: dimensions) { p in
          openAt(p.end).values.sorted().map { (plans[$0], p.end) }
        }
      default: break
      }
    }
    return out
  }

  /// The category code for a recorded category (code or word, any case), nil when unrecognised.
  static func category(_ text: String?) -> String? {
    guard let t = text?.trimmingSpaces().uppercased(), !t.isEmpty else { return nil }
    switch t {
    case "NEG", "NEGLECT": return "NEG"
    case "PHY", "PHYSICAL", "PHYSICAL ABUSE": return "PHY"
    case "SAB", "SEXUAL", "SEXUAL ABUSE": return "SAB"
    case "EMO", "EMOTIONAL", "EMOTIONAL ABUSE": return "EMO"
    case "MUL", "MULTIPLE": return "MUL"
    default: return nil
    }
  }

  /// Children on a plan (`open`, from `current`) by their current plan's category, those with a
  /// category, and all of them.
  static func categoryTally(_ plans: [Plan], _ open: [Int32: Int]) -> (byValue: [String: Int], withAny: Int, base: Int)
  {
    let children = open.values
    var by: [String: Int] = [:]
    for i in children { if let c = plans[i].category { by[c, default: 0] += 1 } }
    return (by, children.count { plans[$0].category != nil }, children.count)
  }

  /// Each child's current plan at the end of `day` (its index in `plans`): the open plan with the
  /// latest start. Indices rather than plans, so a pass per period copies no plan.
  static func current(_ plans: [Plan], atEndOf day: Day) -> [Int32: Int] {
    var out: [Int32: Int] = [:]
    for i in plans.indices where EpisodeCoverage.isOpen(start: plans[i].start, end: plans[i].end, atEndOf: day) {
      let child = plans[i].child
      if let seen = out[child], plans[seen].start! > plans[i].start! { continue }
      out[child] = i
    }
    return out
  }

  /// Reviews known at the end of `day`, from the plan's start, ascending.
  static func reviews(_ plan: Plan, upTo day: Day) -> [Day] {
    plan.reviews.filter { $0 >= plan.start! && $0 <= day }.sorted()
  }

  /// Every review on time and none overdue at the end of `day`.
  static func reviewedOnTime(_ plan: Plan, at day: Day) -> Bool {
    let r = reviews(plan, upTo: day)
    guard let first = r.first, let last = r.last, first <= plan.start!.adding(months: 3) else { return false }
    for (a, b) in zip(r, r.dropFirst()) where b > a.adding(months: 6) { return false }
    return day <= last.adding(months: 6)
  }

  /// The latest review is no more than 6 months before `day` (its next review not yet overdue).
  static func reviewedRecently(_ plan: Plan, at day: Day) -> Bool {
    guard let last = reviews(plan, upTo: day).last else { return false }
    return day <= last.adding(months: 6)
  }

  static func value(
    _ def: IndicatorDefinition, _ plans: [Plan], _ earliest: [Int32: Day], _ openAt: (Day) -> [Int32: Int],
    _ p: Period, _ coverage: ClosedRange<Day>?, _ la: LACode?, _ reviewsComplete: Bool
  ) -> IndicatorValue {
    // Indices into `plans`, so no plan (and its review dates) is copied.
    func started(in q: Period) -> [Int] { plans.indices.filter { plans[$0].start.map(q.contains) ?? false } }
    func ended(in q: Period) -> [Int] { plans.indices.filter { plans[$0].end.map(q.contains) ?? false } }
    func longStanding() -> [Int] {
      let cutoff = p.end.adding(months: -3)
      return openAt(p.end).values.filter { plans[$0].start! <= cutoff }
    }
    switch def.id {
    case .cppStarted:
      return EpisodeCoverage.count(def, p, coverage: coverage) { plans.count { $0.start.map(p.contains) ?? false } }
    case .cppStartedRate:
      return EpisodeCoverage.rate(def, p, kind: .eventsInRollingYear, coverage: coverage, la: la) {
        year in plans.count { $0.start.map(year.contains) ?? false }
      }
    case .cppSecondOrSubsequent:
      let starting = started(in: p)
      func byData(_ i: Int) -> Bool { earliest[plans[i].child].map { $0 < plans[i].start! } ?? false }
      let unknown = starting.contains { i in
        guard plans[i].previousPlans == nil, !byData(i), let c = coverage else { return false }
        return c.lowerBound > plans[i].start!.adding(months: -12 * 19)
      }
      return EpisodeCoverage.percent(def, p, coverage: coverage, extra: unknown ? [.partialHistory] : []) {
        (starting.count { (plans[$0].previousPlans ?? 0) > 0 || byData($0) }, starting.count)
      }
    case .cppAtEnd:
      return EpisodeCoverage.count(def, p, coverage: coverage) { openAt(p.end).count }
    case .cppAtEndRate:
      return EpisodeCoverage.rate(def, p, kind: .atPeriodEnd, coverage: coverage, la: la) {
        openAt($0.end).count
      }
    case .cppEnded:
      return EpisodeCoverage.count(def, p, coverage: coverage) { plans.count { $0.end.map(p.contains) ?? false } }
    case .cppEnded2yPlus:
      return EpisodeCoverage.percent(def, p, coverage: coverage) {
        let days = ended(in: p).compactMap { i -> Int? in
          guard let s = plans[i].start, let e = plans[i].end, s <= e else { return nil }
          return s.days(to: e)
        }
        return (days.count { $0 >= 729 }, days.count)
      }
    case .cppReviewsOnTime:
      guard reviewsComplete else {
        return EpisodeCoverage.blank(
          def, p, flags: [.noData], note: "the source carries only the latest review; CIN census needed")
      }
      return EpisodeCoverage.percent(def, p, coverage: coverage) {
        let children = longStanding()
        return (children.count { reviewedOnTime(plans[$0], at: p.end) }, children.count)
      }
    case .cppLatestReviewRecent:
      return EpisodeCoverage.percent(def, p, coverage: coverage) {
        let children = longStanding()
        return (children.count { reviewedRecently(plans[$0], at: p.end) }, children.count)
      }
    default:
      // `ids` lists only this family's indicators; a test runs each of them.
      preconditionFailure("\(def.id) is not a child protection plan indicator")
    }
  }
}
