import Aggregate
import SafeguardCore
import SafeguardKernels
import Transform
import Validate

extension Runner {
  /// The aggregate stage: every family the pipeline asks for, through its plan
  /// (`IndicatorFamilies`), flagged for the census's DfE errors where a family came from the
  /// census, then the same-period ratios, every row in catalogue order.
  ///
  /// Adds the findings of choosing the care-journey source to `set`.
  func aggregate(
    _ set: inout ExtractSet, timeline: FrontDoorTimeline, order referralOrder: ReferralOrder,
    families: [IndicatorFamily], periods computed: [Period], settings: PipelineSettings
  ) -> [IndicatorValue] {
    let merged = set.census.isEmpty ? nil : CensusTransform.episodes(from: set.census)
    let asked = IndicatorFamilies.all.filter { families.contains($0.family) }
    let careFamilies: [IndicatorFamily] = [.frontDoor, .assessments, .s47Conferences, .childProtectionPlans, .cinCla]
    let journey =
      asked.contains { careFamilies.contains($0.family) }
      ? CareJourney.build(set, merged: merged, order: referralOrder) : nil
    for line in journey?.log ?? [] { log.info(line) }
    set.findings += journey?.findings ?? []
    let inputs = FamilyInputs(
      set: set, timeline: timeline, merged: merged, journey: journey, periods: computed, settings: settings)
    // The families are independent: each is one job, run two at a time, results in family order.
    let results = Parallel.results(asked.map { plan in { @Sendable in plan.compute(inputs) } })
    var values: [IndicatorValue] = []
    for (plan, result) in zip(asked, results) {
      for line in result.log { log.info(line) }
      values += CensusChecks.flagDataErrors(
        result.values, findings: set.findings, census: set.censusReturns,
        fromCensus: result.fromCensus ? [plan.family] : [])
    }
    // Same-period ratios of counts already flagged, then every row in catalogue order.
    values += SameYearRatios.derive(from: values)
    values = values.enumerated().sorted { ($0.element.indicator.id, $0.offset) < ($1.element.indicator.id, $1.offset) }
      .map(\.element)
    return values
  }
}
