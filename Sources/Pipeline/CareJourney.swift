import Aggregate
import SafeguardCore
import Transform
import Validate

/// The CIN episodes the care-journey families share (referral outcomes, assessments, Section 47
/// enquiries, plans, children in need), built once per run, and where they came from.
///
/// From the CIN census files when any were read (links explicit, every review date); otherwise
/// from the Annex A lists 3, 4, 5 and 7 linked into episodes by child and date (see
/// `AnnexAEpisodes`), each family over the dates its own list covers. Who each child is (for the
/// breakdowns) comes from the same source: `ChildTraitsSources`.
struct CareJourney: Sendable {
  let episodes: [CINEpisode]
  let fromCensus: Bool
  let traits: ChildTraitsTable
  /// The census's dates (one range for every list) or each Annex A list's own.
  let coverageByKind: [ExtractKind: ClosedRange<Day>]
  /// The census's last reference date, when it is the source.
  let censusEnd: Day?
  /// The last date of any input: figures past the census's end are blank when others go further.
  let horizon: Day?
  /// Lines for the run log and findings, from choosing and checking the source.
  let log: [String]
  let findings: [Finding]

  static let annexAKinds: [ExtractKind] = [
    .annexAAssessments, .annexASection47, .annexAChildrenInNeed, .annexAChildProtection, .annexAChildrenInCare,
  ]

  func coverage(_ kind: ExtractKind) -> ClosedRange<Day>? { coverageByKind[kind] }

  /// The census's figures for periods past its end are withdrawn when other inputs go further.
  func limited(_ values: [IndicatorValue]) -> [IndicatorValue] {
    guard fromCensus, let censusEnd, let horizon else { return values }
    return SourceHorizon.limit(values, sourceEnd: censusEnd, horizon: horizon)
  }

  /// Nil when neither a census nor any of Annex A lists 4 to 8 was read.
  static func build(
    _ set: ExtractSet, merged: (episodes: [CINEpisode], coverage: ClosedRange<Day>?)?, order: ReferralOrder
  ) -> CareJourney? {
    let fromCensus = !set.census.isEmpty
    guard fromCensus || annexAKinds.contains(where: { set.coverage(of: $0) != nil }) else { return nil }
    var log: [String] = []
    var findings: [Finding] = []
    let episodes: [CINEpisode]
    var coverage: [ExtractKind: ClosedRange<Day>] = [:]
    if fromCensus, let merged {
      episodes = merged.episodes
      if let c = merged.coverage { for kind in annexAKinds + [.annexAReferrals] { coverage[kind] = c } }
      log.append("CIN census: \(episodes.count.grouped) CIN episodes after merging the files (latest return wins)")
      if (annexAKinds + [.annexAReferrals]).contains(where: { set.coverage(of: $0) != nil }) {
        log.append(
          "referral outcomes, assessments, Section 47 enquiries, plans and children in need are taken from the CIN census, not the Annex A lists; contacts and referral counts stay with Annex A lists 1 and 3"
        )
        let years = set.census.compactMap(\.header.referenceDate).map {
          Period.financialYear(Period.financialYearStart(of: $0))
        }
        findings += SourceAgreementRule.check(episodes, censusYears: years, set: set)
      }
    } else {
      episodes = AnnexAEpisodes.episodes(from: set, order: order)
      for kind in annexAKinds + [.annexAReferrals] { coverage[kind] = set.coverage(of: kind) }
      log.append("Annex A: \(episodes.count.grouped) episodes linked from referrals, assessments, enquiries and plans")
    }
    let traits = fromCensus ? ChildTraitsSources.census(set.census) : ChildTraitsSources.annexA(set)
    let missing = [BreakdownDimension.age, .sex, .ethnicity, .disability].filter { !traits.carries.contains($0) }
    if !missing.isEmpty {
      log.append(
        "no breakdown by \(missing.map(\.rawValue).joined(separator: ", ")) for Section 47 enquiries, plans and children in need: "
          + "\(traits.source) have no column for \(missing.count == 1 ? "it" : "them")")
    }
    let horizon = (set.files.compactMap(\.lastDate) + set.census.compactMap(\.header.referenceDate)).max()
    return CareJourney(
      episodes: episodes, fromCensus: fromCensus, traits: traits, coverageByKind: coverage,
      censusEnd: fromCensus ? merged?.coverage?.upperBound : nil, horizon: horizon, log: log, findings: findings)
  }
}
