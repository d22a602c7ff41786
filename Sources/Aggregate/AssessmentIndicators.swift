import SafeguardCore

/// The assessment indicators of `specs/indicators.md`, from the assessments of CIN episodes:
/// assessments_completed, assessments_rate, assessments_45wd, assessment_duration_median and
/// assessment_factors.
///
/// Which assessments count:
/// - "Completed in period" means the authorisation date lies in the period. Every assessment
///   record counts (two assessments of one child both count); an assessment without an
///   authorisation date is still open and counts nowhere.
/// - The timeliness measures (`assessments_45wd`, `assessment_duration_median`) need a start date
///   on or before the authorisation date; an authorised assessment without a start date, or
///   authorised before it started (a data error the validation stage reports), is left out of
///   their numerator and denominator, but still counts in `assessments_completed`, the rate and
///   the factors.
/// - Durations are `WorkingDayCalendar.workingDays(from: start, to: authorised)`: the working days
///   after the start up to and including the authorisation, so "within 45 working days" is ≤ 45
///   and an assessment authorised the day it starts takes 0.
/// - `assessment_duration_median`: there is no decimal `Figure`, so the median is held exactly as
///   `.ratio(numerator: 2 × median, denominator: 2, multiplier: 1)` (27.5 is 55 ÷ 2), written with
///   one decimal like every ratio. The row's `denominator` is the number of assessments the median
///   is taken over and its `numerator` is nil. With no measurable assessment the figure is blank.
/// - `assessment_factors`: one row per factor code (trimmed, upper-cased; blank codes ignored),
///   codes in ascending order, each in every period. The figure is a percentage: numerator =
///   assessments authorised in period recording that factor (a code listed twice on one
///   assessment counts once), denominator = all assessments authorised in period. One assessment
///   may have several factors, so the rows add up to more than 100%. The total row (breakdown
///   "") counts the assessments authorised in period with at least one factor.
/// - `assessments_rate` is the rolling year ending at the period's last day, per 10,000 children
///   (see `EpisodeCoverage.rate`). No assessment measure looks back, so none is `partial_history`.
public enum AssessmentIndicators {
  public static let ids: [IndicatorID] = [
    .assessmentsCompleted, .assessmentsRate, .assessments45wd, .assessmentDurationMedian,
    .assessmentFactors,
  ]

  /// An authorised assessment, as the measures need it.
  struct Authorised {
    let start: Day?
    let authorised: Day
    /// Working days from start to authorisation (see `duration`); nil when it cannot be timed.
    let days: Int?
    /// Its distinct factor codes, in the order first recorded: a range of `Assessments.factors`.
    let factors: Range<Int>
  }

  /// Every authorised assessment, with the factor codes of all of them held once.
  struct Assessments {
    var all: [Authorised] = []
    /// Factor codes as indices into `codes`, each assessment's run in turn.
    var factors: [Int] = []
    /// The distinct codes, in the order first met.
    var codes: [String] = []
  }

  /// Values for every assessment indicator, in catalogue then period order (factor rows by code, then period).
  ///
  /// - Parameters:
  ///   - episodes: CIN episodes; only their assessments are read.
  ///   - coverage: first to last event date of the source; nil when it held none.
  ///   - periods: the periods to compute, in output order.
  ///   - la: the LA whose population divides the rate; nil leaves the rate blank (`no_data`).
  ///   - calendar: working days for the 45-day measure and the median.
  public static func compute(
    _ episodes: [CINEpisode], coverage: ClosedRange<Day>?, periods: [Period], la: LACode?,
    calendar: WorkingDayCalendar = .england
  ) -> [IndicatorValue] {
    let all = authorised(episodes, calendar)
    var out: [IndicatorValue] = []
    for id in ids {
      let def = IndicatorCatalogue.definition(id)
      if id == .assessmentFactors {
        out += EpisodeCoverage.breakdownRows(def, periods: periods, coverage: coverage) { p in
          factorTally(all, in: p)
        }
        continue
      }
      for p in periods { out.append(value(def, all.all, p, coverage, la)) }
    }
    return out
  }

  static func authorised(_ episodes: [CINEpisode], _ calendar: WorkingDayCalendar) -> Assessments {
    var out = Assessments()
    var index: [String: Int] = [:]
    for e in episodes {
      for a in e.assessments {
        guard let when = a.authorised else { continue }
        let first = out.factors.count
        for f in a.factors {
          let code = normalisedCode(f)
          if code.isEmpty { continue }
          let i: Int
          if let known = index[code] {
            i = known
          } else {
            i = out.codes.count
            out.codes.append(code)
            index[code] = i
          }
          // A handful of codes each: `contains` on the assessment's run finds a repeat.
          if !out.factors[first...].contains(i) { out.factors.append(i) }
        }
        var days: Int?
        if let start = a.start, start <= when { days = calendar.workingDays(from: start, to: when) }
        out.all.append(Authorised(start: a.start, authorised: when, days: days, factors: first..<out.factors.count))
      }
    }
    return out
  }

  /// A factor code trimmed and upper-cased; codes already so (as the census reader leaves them)
  /// are returned as they are, without building a new string.
  static func normalisedCode(_ code: String) -> String {
    let u = code.utf8
    func space(_ b: UInt8?) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A }
    let tidy = !space(u.first) && !space(u.last) && u.allSatisfy { $0 < 0x80 && !($0 >= 0x61 && $0 <= 0x7A) }
    return tidy ? code : code.trimmingSpaces().uppercased()
  }

  /// Working days of the assessments authorised in `p` that can be timed.
  static func durations(_ all: [Authorised], in p: Period) -> [Int] {
    var out: [Int] = []
    for a in all where p.contains(a.authorised) { if let d = a.days { out.append(d) } }
    return out
  }

  static func value(
    _ def: IndicatorDefinition, _ all: [Authorised], _ p: Period, _ coverage: ClosedRange<Day>?, _ la: LACode?
  ) -> IndicatorValue {
    switch def.id {
    case .assessmentsCompleted:
      return EpisodeCoverage.count(def, p, coverage: coverage) { all.count { p.contains($0.authorised) } }
    case .assessmentsRate:
      return EpisodeCoverage.rate(def, p, kind: .eventsInRollingYear, coverage: coverage, la: la) { year in
        all.count { year.contains($0.authorised) }
      }
    case .assessments45wd:
      return EpisodeCoverage.percent(def, p, coverage: coverage) {
        let days = durations(all, in: p)
        return (days.count { $0 <= 45 }, days.count)
      }
    case .assessmentDurationMedian:
      let cov = Coverage.check(coverage, p)
      guard cov.usable else { return EpisodeCoverage.blank(def, p, flags: cov.flags) }
      let days = durations(all, in: p)
      guard let twice = twiceMedian(days) else {
        return EpisodeCoverage.row(
          def, p, numerator: nil, denominator: 0, figure: .none, flags: cov.flags,
          note: "no assessment authorised in period with a start date")
      }
      return EpisodeCoverage.row(
        def, p, numerator: nil, denominator: days.count,
        figure: .ratio(numerator: twice, denominator: 2, multiplier: 1),
        flags: cov.flags, note: "median of \(days.count) assessments, in working days")
    default:
      // `ids` lists only this family's indicators; a test runs each of them.
      preconditionFailure("\(def.id) is not a assessment indicator")
    }
  }

  /// Twice the median (so a half is exact): the middle value doubled, or the sum of the two middle values.
  static func twiceMedian(_ values: [Int]) -> Int? {
    guard !values.isEmpty else { return nil }
    let s = values.sorted()
    let mid = s.count / 2
    return s.count % 2 == 1 ? 2 * s[mid] : s[mid - 1] + s[mid]
  }

  static func factorTally(_ all: Assessments, in p: Period) -> (byValue: [String: Int], withAny: Int, base: Int) {
    var byIndex = [Int](repeating: 0, count: all.codes.count)
    var withAny = 0
    var base = 0
    for a in all.all where p.contains(a.authorised) {
      base += 1
      if !a.factors.isEmpty { withAny += 1 }
      for i in a.factors { byIndex[all.factors[i]] += 1 }
    }
    var byFactor: [String: Int] = [:]
    for (i, n) in byIndex.enumerated() where n > 0 { byFactor[all.codes[i]] = n }
    return (byFactor, withAny, base)
  }
}
