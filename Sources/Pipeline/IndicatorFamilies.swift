import Aggregate
import SafeguardCore
import Transform

/// What every indicator family is computed from: the extracts as read and transformed once.
struct FamilyInputs: Sendable {
  let set: ExtractSet
  /// Contacts and referrals by day (Annex A lists 1 and 3).
  let timeline: FrontDoorTimeline
  /// The CIN census's episodes merged across files; nil without a census.
  let merged: (episodes: [CINEpisode], coverage: ClosedRange<Day>?)?
  /// The episodes the care-journey families share; nil when no source for them was read.
  let journey: CareJourney?
  let periods: [Period]
  let settings: PipelineSettings
}

/// What a family gives back: its values, and lines for the run log.
struct FamilyResult: Sendable {
  var values: [IndicatorValue] = []
  var log: [String] = []
  /// The values come from the CIN census (so its DfE errors flag them, `data_errors`).
  var fromCensus = false
}

/// One indicator family as the runner sees it: the extracts it reads, in order of preference,
/// and how it is computed. The runner computes the families a pipeline asks for through
/// `IndicatorFamilies.all` and knows none of them.
struct IndicatorFamilyPlan: Sendable {
  let family: IndicatorFamily
  /// The extracts, first choice first.
  let reads: String
  let compute: @Sendable (FamilyInputs) -> FamilyResult
}

/// Every family, in catalogue order. Adding an indicator to a family touches its computation in
/// `Aggregate` and its catalogue entry; adding a family is a plan here.
enum IndicatorFamilies {
  static let all: [IndicatorFamilyPlan] = [
    frontDoor, referralOutcomes, assessments, section47s, childProtection, visits, childrenInNeed, missing, lado,
  ]

  static let frontDoor = IndicatorFamilyPlan(
    family: .frontDoor,
    reads: "Annex A lists 1 (contacts) and 3 (referrals); without list 3, referrals from the CIN census's episodes"
  ) { inputs in
    var r = FamilyResult()
    var t = inputs.timeline
    // With no referrals list, referrals come from the census's CIN episodes, as DfE counts them.
    if t.referrals == nil, let merged = inputs.merged, let coverage = merged.coverage {
      t = FrontDoorTimeline(
        contacts: t.contacts, contactCoverage: t.contactCoverage,
        referrals: CensusFrontDoor.referrals(
          from: merged.episodes, coverage: coverage, traits: ChildTraitsSources.census(inputs.set.census)),
        contactGroups: t.contactGroups)
      r.fromCensus = true
      r.log.append("referrals, re-referrals and NFA come from the CIN census's episodes: no Annex A list 3 was given")
    }
    r.values = FrontDoorIndicators.compute(t, periods: inputs.periods, la: inputs.settings.la)
    let lacking: [(Bool, String, [BreakdownDimension], Set<BreakdownDimension>)] = [
      (t.contacts != nil, "contacts", [.source, .age, .sex], Set(t.contactGroups.keys)),
      (
        t.referrals != nil, "referrals", [.source, .age, .sex, .ethnicity],
        Set(t.referrals?.byGroup.keys.map { $0 } ?? [])
      ),
    ]
    for (read, what, wanted, carried) in lacking where read {
      let missing = wanted.filter { !carried.contains($0) }.map(\.rawValue)
      if !missing.isEmpty {
        r.log.append("no breakdown of \(what) by \(missing.joined(separator: ", ")): the extract has no column for it")
      }
    }
    return r
  }

  /// `referrals_to_assessment` and `referrals_not_in_need`: front-door indicators that follow a
  /// referral into its episode.
  static let referralOutcomes = IndicatorFamilyPlan(
    family: .frontDoor, reads: "the CIN census's episodes, or else Annex A lists 3 and 4 linked by child and date"
  ) { inputs in
    guard let j = inputs.journey else { return FamilyResult() }
    let set = inputs.set
    // Referrals need their own coverage; the link needs the assessments too.
    let referrals = j.coverage(.annexAReferrals)
    let linkable = j.fromCensus || set.coverage(of: .annexAAssessments) != nil
    let withinDays = j.fromCensus ? nil : inputs.settings.referralLinkDays
    let values =
      ReferralOutcomeIndicators.compute(
        j.episodes, coverage: linkable ? referrals : nil, periods: inputs.periods, withinDays: withinDays,
        bySource: j.fromCensus || set.referralDetails.carries.contains(.source))
      + ReferralsNotInNeed.compute(
        j.episodes, coverage: linkable ? referrals : nil, periods: inputs.periods, linkDays: withinDays)
    // Flagged by the census's errors when the census also gave the referrals themselves.
    return FamilyResult(values: j.limited(values), fromCensus: j.fromCensus && inputs.timeline.referrals == nil)
  }

  static let assessments = IndicatorFamilyPlan(
    family: .assessments, reads: "the CIN census, or else Annex A list 4 (no factors)"
  ) { inputs in
    guard let j = inputs.journey else { return FamilyResult() }
    var values = AssessmentIndicators.compute(
      j.episodes, coverage: j.coverage(.annexAAssessments), periods: inputs.periods, la: inputs.settings.la)
    // Annex A list 4 carries no assessment factors: a count of zero would be a guess.
    if !j.fromCensus {
      values = values.map {
        $0.indicator.id == .assessmentFactors ? $0.withdrawn("Annex A list 4 carries no assessment factors") : $0
      }
    }
    return FamilyResult(values: j.limited(values), fromCensus: j.fromCensus)
  }

  static let section47s = IndicatorFamilyPlan(
    family: .s47Conferences, reads: "the CIN census, or else Annex A list 5"
  ) { inputs in
    guard let j = inputs.journey else { return FamilyResult() }
    let values = Section47Indicators.compute(
      j.episodes, coverage: j.coverage(.annexASection47), periods: inputs.periods, la: inputs.settings.la,
      traits: j.traits)
    return FamilyResult(values: j.limited(values), fromCensus: j.fromCensus)
  }

  static let childProtection = IndicatorFamilyPlan(
    family: .childProtectionPlans, reads: "the CIN census (every review), or else Annex A list 7 (the latest review)"
  ) { inputs in
    guard let j = inputs.journey else { return FamilyResult() }
    let values = ChildProtectionIndicators.compute(
      j.episodes, coverage: j.coverage(.annexAChildProtection), periods: inputs.periods, la: inputs.settings.la,
      reviewsComplete: j.fromCensus, traits: j.traits)
    return FamilyResult(values: j.limited(values), fromCensus: j.fromCensus)
  }

  /// `cp_visits_on_time` and `cp_seen_alone`: Annex A list 7 only, whatever else was read.
  static let visits = IndicatorFamilyPlan(
    family: .childProtectionPlans, reads: "Annex A list 7 only (the census carries no visits)"
  ) { inputs in
    let set = inputs.set
    if let coverage = set.coverage(of: .annexAChildProtection) {
      return FamilyResult(
        values: ProtectionVisitIndicators.compute(
          set.plans, coverage: coverage, periods: inputs.periods,
          withinWorkingDays: inputs.settings.cpVisitWorkingDays))
    }
    guard !set.census.isEmpty else { return FamilyResult() }
    return FamilyResult(
      values: ProtectionVisitIndicators.censusOnly(periods: inputs.periods),
      log: ["statutory visits need Annex A list 7; the CIN census carries none, so cp_visits_on_time is blank"])
  }

  static let childrenInNeed = IndicatorFamilyPlan(
    family: .cinCla, reads: "the CIN census, or else Annex A list 6; children looked after from Annex A list 8"
  ) { inputs in
    guard let j = inputs.journey else { return FamilyResult() }
    let set = inputs.set
    let care = set.careEpisodes.map { (child: $0.child, start: $0.start, end: $0.ceased) }
    let careCoverage = set.coverage(of: .annexAChildrenInCare)
    // Children looked after come from list 8, whose rows describe them even beside a census.
    let values =
      j.fromCensus
      ? ChildrenInNeedIndicators.compute(
        j.episodes, coverage: j.coverage(.annexAChildrenInNeed), care: care, careCoverage: careCoverage,
        periods: inputs.periods, la: inputs.settings.la, traits: j.traits,
        careTraits: care.isEmpty ? nil : ChildTraitsSources.annexA(set))
      : ChildrenInNeedIndicators.compute(
        spans: set.cinRecords.map { (child: $0.child, start: $0.start, end: $0.closure) },
        coverage: set.coverage(of: .annexAChildrenInNeed), care: care, careCoverage: careCoverage,
        periods: inputs.periods, la: inputs.settings.la, traits: j.traits)
    return FamilyResult(values: j.limited(values), fromCensus: j.fromCensus)
  }

  static let missing = IndicatorFamilyPlan(
    family: .missing, reads: "the social care missing-episodes extract and the police missing-person reports"
  ) { inputs in
    let set = inputs.set
    let absent = [
      (ExtractKind.missingEpisodes, "looked_after (no social care missing episodes were read)"),
      (.policeMissing, "risk (no police missing-person reports were read)"),
    ].filter { set.coverage(of: $0.0) == nil }.map(\.1)
    return FamilyResult(
      values: MissingIndicators.compute(
        set.missingEpisodes, coverage: set.coverage(of: .missingEpisodes), police: set.policeMissing,
        policeCoverage: set.coverage(of: .policeMissing), periods: inputs.periods),
      log: absent.isEmpty ? [] : ["no missing breakdown by " + absent.joined(separator: " or by ")])
  }

  static let lado = IndicatorFamilyPlan(family: .lado, reads: "the LADO allegations extract") { inputs in
    FamilyResult(
      values: LADOIndicators.compute(
        inputs.set.ladoContacts, coverage: inputs.set.coverage(of: .lado), periods: inputs.periods))
  }
}
