import Aggregate
import Foundation
import SafeguardCore
import SafeguardKernels
import Transform
import Validate

extension Runner {
  /// The assessment, Section 47/ICPC, child protection plan and CIN/CLA families.
  ///
  /// From the CIN census files when any were read (links explicit, every review date); otherwise
  /// from the Annex A lists 3, 4, 5 and 7 linked into episodes by child and date (see
  /// `AnnexAEpisodes`), each family over the dates its own list covers. From Annex A, reviews on
  /// time needs every review date and is left blank, as are assessment factors (list 4 has none);
  /// children in need at period end come from list 6. Children looked after come from list 8 either way.
  func careJourneyIndicators(
    _ set: ExtractSet, merged: (episodes: [CINEpisode], coverage: ClosedRange<Day>?)?,
    referralOrder: ReferralOrder? = nil, families: [IndicatorFamily],
    periods: [Period], la: LACode?, linkDays: Int = 30,
    findings: inout [Finding]
  )
    -> [IndicatorValue]
  {
    let fromCensus = !set.census.isEmpty
    let annexAKinds: [ExtractKind] = [
      .annexAAssessments, .annexASection47, .annexAChildrenInNeed, .annexAChildProtection, .annexAChildrenInCare,
    ]
    guard fromCensus || annexAKinds.contains(where: { set.coverage(of: $0) != nil }) else { return [] }
    let episodes: [CINEpisode]
    let coverage: (ExtractKind) -> ClosedRange<Day>?
    if fromCensus, let merged {
      episodes = merged.episodes
      coverage = { _ in merged.coverage }
      log.info("CIN census: \(episodes.count.grouped) CIN episodes after merging the files (latest return wins)")
      if (annexAKinds + [.annexAReferrals]).contains(where: { set.coverage(of: $0) != nil }) {
        log.info(
          "referral outcomes, assessments, Section 47 enquiries, plans and children in need are taken from the CIN census, not the Annex A lists; contacts and referral counts stay with Annex A lists 1 and 3"
        )
        let years = set.census.compactMap(\.header.referenceDate).map {
          Period.financialYear(Period.financialYearStart(of: $0))
        }
        findings += SourceAgreementRule.check(episodes, censusYears: years, set: set)
      }
    } else {
      episodes = AnnexAEpisodes.episodes(from: set, order: referralOrder)
      coverage = { set.coverage(of: $0) }
      log.info("Annex A: \(episodes.count.grouped) episodes linked from referrals, assessments, enquiries and plans")
    }
    let traits = fromCensus ? ChildTraitsSources.census(set.census) : ChildTraitsSources.annexA(set)
    let missing = [BreakdownDimension.age, .sex, .ethnicity, .disability].filter { !traits.carries.contains($0) }
    if !missing.isEmpty {
      log.info(
        "no breakdown by \(missing.map(\.rawValue).joined(separator: ", ")) for Section 47 enquiries, plans and children in need: "
          + "\(traits.source) have no column for \(missing.count == 1 ? "it" : "them")")
    }
    // The families are independent: each is one job, run two at a time, results in family order.
    var jobs: [@Sendable () -> [IndicatorValue]] = []
    if families.contains(.frontDoor) {
      // Referrals need their own coverage; the link needs the assessments too.
      let referrals = fromCensus ? coverage(.annexAReferrals) : set.coverage(of: .annexAReferrals)
      let linkable = fromCensus || set.coverage(of: .annexAAssessments) != nil
      let withinDays = fromCensus ? nil : linkDays
      jobs.append {
        ReferralOutcomeIndicators.compute(
          episodes, coverage: linkable ? referrals : nil, periods: periods, withinDays: withinDays,
          bySource: fromCensus || set.referralDetails.carries.contains(.source))
          + ReferralsNotInNeed.compute(
            episodes, coverage: linkable ? referrals : nil, periods: periods, linkDays: withinDays)
      }
    }
    if families.contains(.assessments) {
      let cov = coverage(.annexAAssessments)
      jobs.append { AssessmentIndicators.compute(episodes, coverage: cov, periods: periods, la: la) }
    }
    if families.contains(.s47Conferences) {
      let cov = coverage(.annexASection47)
      jobs.append {
        Section47Indicators.compute(episodes, coverage: cov, periods: periods, la: la, traits: traits)
      }
    }
    if families.contains(.childProtectionPlans) {
      let cov = coverage(.annexAChildProtection)
      jobs.append {
        ChildProtectionIndicators.compute(
          episodes, coverage: cov, periods: periods, la: la, reviewsComplete: fromCensus, traits: traits)
      }
    }
    if families.contains(.cinCla) {
      let care = set.careEpisodes.map { (child: $0.child, start: $0.start, end: $0.ceased) }
      let careCoverage = set.coverage(of: .annexAChildrenInCare)
      if fromCensus {
        let cov = coverage(.annexAChildrenInNeed)
        jobs.append {
          ChildrenInNeedIndicators.compute(
            episodes, coverage: cov, care: care, careCoverage: careCoverage, periods: periods, la: la,
            traits: traits)
        }
      } else {
        let need = set.cinRecords.map { (child: $0.child, start: $0.start, end: $0.closure) }
        let cov = set.coverage(of: .annexAChildrenInNeed)
        jobs.append {
          ChildrenInNeedIndicators.compute(
            spans: need, coverage: cov, care: care, careCoverage: careCoverage, periods: periods, la: la,
            traits: traits)
        }
      }
    }
    var values = Array(Parallel.results(jobs).joined())
    // Annex A list 4 carries no assessment factors: a count of zero would be a guess.
    if !fromCensus {
      values = values.map {
        $0.indicator.id == .assessmentFactors ? $0.withdrawn("Annex A list 4 carries no assessment factors") : $0
      }
    }
    // Figures for periods past a source's end are blank when other inputs go further.
    let horizon = (set.files.compactMap(\.lastDate) + set.census.compactMap(\.header.referenceDate)).max()
    if fromCensus, let end = coverage(.annexAAssessments)?.upperBound, let horizon {
      values = SourceHorizon.limit(values, sourceEnd: end, horizon: horizon)
    }
    return values
  }
}

extension Runner {
  /// `cp_visits_on_time` and `cp_seen_alone` from Annex A list 7, which alone records visits:
  /// blank (`no_data`) when the plans come from the CIN census only, none when neither was read.
  func statutoryVisits(_ set: ExtractSet, periods: [Period], withinWorkingDays: Int) -> [IndicatorValue] {
    if let coverage = set.coverage(of: .annexAChildProtection) {
      return ProtectionVisitIndicators.compute(
        set.plans, coverage: coverage, periods: periods, withinWorkingDays: withinWorkingDays)
    }
    guard !set.census.isEmpty else { return [] }
    log.info("statutory visits need Annex A list 7; the CIN census carries none, so cp_visits_on_time is blank")
    return ProtectionVisitIndicators.censusOnly(periods: periods)
  }
}
