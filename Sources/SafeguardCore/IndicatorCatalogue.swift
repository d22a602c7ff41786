/// How an indicator's value reads: which direction is better.
public enum Polarity: String, Sendable {
  /// Higher is better.
  case high
  /// Lower is better.
  case low
  /// Context only; neither direction is better.
  case none
}

/// What an indicator's value is.
public enum IndicatorUnit: String, Sendable {
  case count, percent, rate, days, mean

  /// The unit as written in the outputs.
  public var label: String { self == .rate ? "rate per 10,000" : rawValue }
}

/// The families of indicators a pipeline can ask for.
public enum IndicatorFamily: String, Sendable, CaseIterable {
  case frontDoor = "front_door"
  case assessments
  case s47Conferences = "s47_conferences"
  case childProtectionPlans = "child_protection_plans"
  case cinCla = "cin_cla"
  case missing
  case lado
}

/// One indicator of `specs/indicators.md`: stable id, name, definition, unit and polarity.
public struct IndicatorDefinition: Hashable, Sendable {
  public let id: IndicatorID
  public let name: String
  public let family: IndicatorFamily
  public let unit: IndicatorUnit
  public let polarity: Polarity
  public let definition: String

  init(
    _ id: IndicatorID, _ name: String, family: IndicatorFamily, unit: IndicatorUnit, polarity: Polarity,
    definition: String
  ) {
    self.id = id
    self.name = name
    self.family = family
    self.unit = unit
    self.polarity = polarity
    self.definition = definition
  }
}

/// Every indicator the project defines, in the order of `specs/indicators.md` (also the row order of the outputs).
public enum IndicatorCatalogue {
  public static let all: [IndicatorDefinition] = [
    .init(
      .contacts, "Contacts received", family: .frontDoor, unit: .count, polarity: .none,
      definition: "contacts received in period"),
    .init(
      .contactReferralConversion, "Contacts that became referrals", family: .frontDoor, unit: .percent,
      polarity: .none,
      definition: "referrals in period ÷ contacts in period × 100"),
    .init(
      .referrals, "Referrals received", family: .frontDoor, unit: .count, polarity: .none,
      definition: "referrals received in period (each referral counts, not each child)"),
    .init(
      .referralsRate, "Referrals per 10,000 children", family: .frontDoor, unit: .rate, polarity: .none,
      definition: "referrals per 10,000 children"),
    .init(
      .rereferrals12m, "Re-referrals within 12 months", family: .frontDoor, unit: .percent, polarity: .low,
      definition:
        "referrals in period for a child with a previous referral in the 12 months before the referral date, ÷ referrals in period × 100"
    ),
    .init(
      .referralsNfa, "Referrals with no further action", family: .frontDoor, unit: .percent, polarity: .none,
      definition:
        "referrals in period with no further action (ReferralNFA true / Referral NFA? = Y), ÷ referrals in period × 100"
    ),
    .init(
      .referralsToAssessment, "Referrals followed by an assessment", family: .frontDoor, unit: .percent,
      polarity: .none,
      definition:
        "referrals in period followed by an assessment for the same child (same CIN episode in the census; in Annex A an assessment starting on or after the referral date and within 30 days (setting) and before the child's next referral) ÷ referrals in period × 100"
    ),
    .init(
      .assessmentsCompleted, "Assessments completed", family: .assessments, unit: .count, polarity: .none,
      definition: "assessments authorised in period"),
    .init(
      .assessmentsRate, "Assessments completed per 10,000 children", family: .assessments, unit: .rate,
      polarity: .none,
      definition: "assessments completed per 10,000"),
    .init(
      .assessments45wd, "Assessments completed within 45 working days", family: .assessments, unit: .percent,
      polarity: .high,
      definition:
        "assessments authorised in period within 45 working days of the assessment start date ÷ assessments authorised in period × 100"
    ),
    .init(
      .assessmentDurationMedian, "Median assessment duration (working days)", family: .assessments, unit: .days,
      polarity: .low,
      definition: "median working days from start to authorisation of assessments authorised in period"),
    .init(
      .assessmentFactors, "Factors identified at assessment", family: .assessments, unit: .count, polarity: .none,
      definition:
        "assessments authorised in period by factor code (count and percent of assessments; one assessment may have several factors)"
    ),
    .init(
      .s47Started, "Section 47 enquiries started", family: .s47Conferences, unit: .count, polarity: .none,
      definition: "Section 47 enquiries started in period"),
    .init(
      .s47Children, "Children subject to a Section 47 enquiry", family: .s47Conferences, unit: .count,
      polarity: .none,
      definition: "distinct children with a Section 47 enquiry started in period"),
    .init(
      .s47Rate, "Section 47 enquiries per 10,000 children", family: .s47Conferences, unit: .rate, polarity: .none,
      definition: "Section 47 enquiries started per 10,000"),
    .init(
      .s47ToIcpc, "Section 47 enquiries leading to an initial conference", family: .s47Conferences, unit: .percent,
      polarity: .none,
      definition:
        "enquiries started in period that led to an initial child protection conference (a conference date present; ICPC not deemed unnecessary) ÷ enquiries started in period × 100"
    ),
    .init(
      .icpc, "Initial child protection conferences", family: .s47Conferences, unit: .count, polarity: .none,
      definition: "initial child protection conferences held in period"),
    .init(
      .icpcRate, "Initial conferences per 10,000 children", family: .s47Conferences, unit: .rate, polarity: .none,
      definition: "initial conferences per 10,000"),
    .init(
      .icpc15wd, "Initial conferences within 15 working days", family: .s47Conferences, unit: .percent,
      polarity: .high,
      definition:
        "initial conferences held in period within 15 working days of the start of the Section 47 enquiry (strategy discussion) ÷ initial conferences held in period (with a linked enquiry) × 100"
    ),
    .init(
      .icpcToCpp, "Initial conferences resulting in a plan", family: .s47Conferences, unit: .percent,
      polarity: .none,
      definition:
        "initial conferences held in period that resulted in a plan ÷ initial conferences held in period × 100"),
    .init(
      .cppStarted, "Child protection plans started", family: .childProtectionPlans, unit: .count, polarity: .none,
      definition:
        "plans starting in period (each plan counts, including plans that did not start at an initial conference, such as transfers in)"
    ),
    .init(
      .cppStartedRate, "Plans started per 10,000 children", family: .childProtectionPlans, unit: .rate,
      polarity: .low,
      definition: "plans starting per 10,000"),
    .init(
      .cppSecondOrSubsequent, "Plans that are a second or subsequent plan", family: .childProtectionPlans,
      unit: .percent, polarity: .low,
      definition:
        "plans starting in period for a child who had a previous plan at any time (NumberOfPreviousCPP > 0, or an earlier plan in the data) ÷ plans starting in period × 100"
    ),
    .init(
      .cppAtEnd, "Children on a child protection plan at period end", family: .childProtectionPlans, unit: .count,
      polarity: .none,
      definition: "children subject to a plan at period end"),
    .init(
      .cppAtEndRate, "Children on a plan at period end per 10,000 children", family: .childProtectionPlans,
      unit: .rate, polarity: .none,
      definition: "children subject to a plan at period end per 10,000"),
    .init(
      .cppEnded, "Child protection plans ended", family: .childProtectionPlans, unit: .count, polarity: .none,
      definition: "plans ending in period"),
    .init(
      .cppEnded2yPlus, "Plans ended that lasted two years or more", family: .childProtectionPlans, unit: .percent,
      polarity: .low,
      definition:
        "plans ending in period that lasted two years or more (end date minus start date ≥ 729 days, i.e. more than 729 calendar days counting the day of cessation) ÷ plans ending in period × 100"
    ),
    .init(
      .cppReviewsOnTime, "Children on a plan with reviews on time", family: .childProtectionPlans, unit: .percent,
      polarity: .high,
      definition:
        "children on a plan at period end who had been on it for at least 3 months, whose first review was within 3 months of the plan start, every later review within 6 months of the one before, and no review overdue at period end (period end within 6 months of the latest review), ÷ those children × 100 (needs every review date, so CIN census only)"
    ),
    .init(
      .cppLatestReviewRecent, "Children on a plan with a review in the last 6 months",
      family: .childProtectionPlans, unit: .percent, polarity: .high,
      definition:
        "children on a plan at period end for at least 3 months whose latest review conference was within the last 6 months (Annex A proxy for the measure above)"
    ),
    .init(
      .cppByCategory, "Children on a plan by category of abuse", family: .childProtectionPlans, unit: .count,
      polarity: .none,
      definition:
        "children on a plan at period end by latest category of abuse (neglect, physical, sexual, emotional, multiple): count and percent"
    ),
    .init(
      .cinAtEnd, "Children in need at period end", family: .cinCla, unit: .count, polarity: .none,
      definition:
        "children in need at period end (open CIN episodes, including those on plans and in care where the source counts them)"
    ),
    .init(
      .cinAtEndRate, "Children in need per 10,000 children", family: .cinCla, unit: .rate, polarity: .none,
      definition: "per 10,000"),
    .init(
      .claAtEnd, "Children looked after at period end", family: .cinCla, unit: .count, polarity: .none,
      definition: "children looked after at period end"),
    .init(
      .claAtEndRate, "Children looked after per 10,000 children", family: .cinCla, unit: .rate, polarity: .none,
      definition: "per 10,000"),
    .init(
      .missingEpisodes, "Missing episodes recorded by social care", family: .missing, unit: .count, polarity: .none,
      definition: "LA-recorded missing (M) episodes starting in period"),
    .init(
      .awayEpisodes, "Away episodes recorded by social care", family: .missing, unit: .count, polarity: .none,
      definition: "LA-recorded away (A) episodes starting in period"),
    .init(
      .missingChildren, "Children with a missing episode", family: .missing, unit: .count, polarity: .none,
      definition: "distinct children with a missing (M, not away) episode starting in period"),
    .init(
      .missingEpisodesPerChild, "Missing episodes per missing child", family: .missing, unit: .mean,
      polarity: .none,
      definition: "missing episodes ÷ missing children"),
    .init(
      .missingRepeatChildren, "Children missing 3 or more times", family: .missing, unit: .count, polarity: .low,
      definition: "children with 3 or more missing episodes starting in period"),
    .init(
      .rhiOffered, "Return home interviews offered", family: .missing, unit: .percent, polarity: .high,
      definition:
        "ended missing episodes in period where a return home interview was offered ÷ ended missing episodes × 100"),
    .init(
      .rhiAccepted, "Return home interviews accepted", family: .missing, unit: .percent, polarity: .high,
      definition: "interviews accepted ÷ interviews offered × 100"),
    .init(
      .rhiWithin72h, "Return home interviews within 72 hours", family: .missing, unit: .percent, polarity: .high,
      definition: "interviews held within 72 hours (3 calendar days) of the episode end ÷ ended missing episodes × 100"),
    .init(
      .policeMissingReports, "Police missing reports for under-18s", family: .missing, unit: .count, polarity: .none,
      definition: "police missing occurrences for under-18s reported in period"),
    .init(
      .policeMissingChildren, "Children reported missing to police", family: .missing, unit: .count, polarity: .none,
      definition: "distinct children reported missing to police in period"),
    .init(
      .policeMissingChildrenMonthly, "Children reported missing to police per month", family: .missing, unit: .mean,
      polarity: .none,
      definition: "police_missing_children ÷ months in period"),
    .init(
      .ladoContacts, "LADO contacts", family: .lado, unit: .count, polarity: .none,
      definition: "LADO contacts received in period (referrals and consultations)"),
    .init(
      .ladoReferrals, "LADO referrals", family: .lado, unit: .count, polarity: .none,
      definition: "contacts of type Referral received in period"),
    .init(
      .ladoReferralsChange, "Change in LADO referrals on a year earlier", family: .lado, unit: .percent,
      polarity: .none,
      definition: "change in referrals against the same-length period one year earlier: count and percent"),
    .init(
      .ladoByReferrer, "LADO referrals by referrer", family: .lado, unit: .count, polarity: .none,
      definition: "LADO referrals in period by referrer agency: count and percent"),
    .init(
      .ladoBySector, "LADO referrals by employment sector", family: .lado, unit: .count, polarity: .none,
      definition: "LADO referrals in period by employment sector: count and percent"),
    .init(
      .ladoByCategory, "LADO referrals by allegation category", family: .lado, unit: .count, polarity: .none,
      definition: "LADO referrals in period by allegation category: count and percent"),
    .init(
      .ladoThresholdMet, "LADO referrals meeting the harm threshold", family: .lado, unit: .percent, polarity: .none,
      definition: "referrals in period meeting the harm threshold ÷ referrals × 100"),
    .init(
      .ladoMeetings, "LADO referrals with a strategy meeting", family: .lado, unit: .count, polarity: .none,
      definition: "referrals in period with a strategy / allegations management meeting"),
    .init(
      .ladoIndividuals, "Adults referred to the LADO", family: .lado, unit: .count, polarity: .none,
      definition: "distinct adults (Person Ref) referred in period"),
    .init(
      .ladoOutcomes, "LADO referrals concluded by outcome", family: .lado, unit: .count, polarity: .none,
      definition: "referrals concluded in period by outcome: count and percent"),
    .init(
      .ladoConcluded1m, "LADO referrals concluded within 1 month", family: .lado, unit: .percent, polarity: .high,
      definition:
        "referrals concluded in period within 1 month of the date received ÷ referrals concluded in period × 100 (statutory guidance expects most within 1 month, 90% within 3, nearly all within 12)"
    ),
    .init(
      .ladoConcluded3m, "LADO referrals concluded within 3 months", family: .lado, unit: .percent, polarity: .high,
      definition:
        "referrals concluded in period within 3 months of the date received ÷ referrals concluded in period × 100 (statutory guidance expects most within 1 month, 90% within 3, nearly all within 12)"
    ),
    .init(
      .ladoConcluded12m, "LADO referrals concluded within 12 months", family: .lado, unit: .percent, polarity: .high,
      definition:
        "referrals concluded in period within 12 months of the date received ÷ referrals concluded in period × 100 (statutory guidance expects most within 1 month, 90% within 3, nearly all within 12)"
    ),
    // Ratios as reports print them: counts of the same period, not cohorts.
    .init(
      .icpcPerS47, "Initial conferences per 100 Section 47 enquiries (same period)", family: .s47Conferences,
      unit: .percent, polarity: .none,
      definition: "initial conferences held in period ÷ Section 47 enquiries started in period × 100"),
    .init(
      .cppPerIcpc, "Plans started per 100 initial conferences (same period)", family: .childProtectionPlans,
      unit: .percent, polarity: .none,
      definition: "plans starting in period ÷ initial conferences held in period × 100"),
    .init(
      .referralsNotInNeed, "Referrals assessed as not in need", family: .frontDoor, unit: .percent,
      polarity: .none,
      definition:
        "referrals in period where the child was assessed and found not to be in need ÷ referrals in period × 100. Census (DfE's definition, table C1): the referral's episode has an assessment, no Section 47 enquiry, conference or plan, and closed with reason RC8 (closed after assessment, no further action) or RC9 (closed after assessment, referred to early help). Annex A: the referral's linked assessment (list 4) answers No to \"assessed as requiring children's social care support\""
    ),
    .init(
      .cpVisitsOnTime, "Children on a plan visited on time", family: .childProtectionPlans, unit: .percent,
      polarity: .high,
      definition:
        "children on a plan at period end whose latest statutory visit (list 7) is no more than `cp_visit_working_days` (a setting, default 10) working days before the period's last day (working days counted as in Conventions, from the visit date to the period's last day; a visit on that day counts 0) ÷ children on a plan at period end × 100 (Annex A list 7 only)"
    ),
    .init(
      .cpSeenAlone, "Children on a plan seen alone at their latest visit", family: .childProtectionPlans,
      unit: .percent, polarity: .high,
      definition:
        "children on a plan at period end whose latest statutory visit saw the child alone ÷ children on a plan at period end with a visit recorded × 100 (Annex A list 7 only)"
    ),
  ]

  /// The definition of an id; every id has one (a catalogue test checks it).
  public static func definition(_ id: IndicatorID) -> IndicatorDefinition { byID[id]! }

  /// The indicator with this text id, as typed on the command line; nil for an unknown id.
  public static func named(_ id: String) -> IndicatorDefinition? { IndicatorID(rawValue: id).map(definition) }

  private static let byID: [IndicatorID: IndicatorDefinition] = Dictionary(
    uniqueKeysWithValues: all.map { ($0.id, $0) })

  /// Ids this version of the pipeline computes from the extracts; the rest are defined and listed, not yet computed.
  public static let computed: Set<IndicatorID> = Set(all.map(\.id))

  /// The breakdown dimensions an indicator is written by (`specs/indicators.md`, "Breakdowns"), in
  /// output order: the families read their dimensions here. A dimension whose field the source
  /// lacks gives no rows.
  public static func breakdowns(of id: IndicatorID) -> [BreakdownDimension] {
    switch id {
    case .contacts: [.source, .age, .sex]
    case .referrals: [.source, .age, .sex, .ethnicity]
    case .referralsNfa, .rereferrals12m, .referralsToAssessment: [.source]
    case .s47Started, .cinAtEnd: [.age, .sex, .ethnicity, .disability]
    case .cppStarted: [.category, .age, .sex, .ethnicity, .disability]
    case .cppAtEnd: [.duration, .age, .sex, .ethnicity, .disability]
    case .claAtEnd: [.age, .sex]
    case .missingEpisodes, .missingChildren: [.lookedAfter]
    case .policeMissingReports: [.risk]
    default: []
    }
  }

  /// Which extracts an indicator is computed from in this version, for `safeguard explain`.
  public static func sources(of id: IndicatorID) -> String {
    guard computed.contains(id) else { return "not yet computed in this version" }
    switch definition(id).family {
    case .frontDoor where id == .referralsToAssessment:
      return "the CIN census XML, or else Annex A lists 3 and 4 linked by child and date"
    case .frontDoor where id == .referralsNotInNeed:
      return
        "the CIN census XML (episodes closed RC8 or RC9 after an assessment), or else Annex A lists 3 and 4 linked by child and date (list 4's answer on the need for support)"
    case .frontDoor: return "Annex A lists 1 (contacts) and 3 (referrals)"
    case .cinCla where id == .claAtEnd || id == .claAtEndRate:
      return "the CIN census for the year, with Annex A list 8 for children looked after"
    case .cinCla: return "the CIN census XML, or else Annex A list 6"
    case .missing where id.rawValue.hasPrefix("police"): return "the police missing-person reports extract"
    case .missing: return "the social care missing and away episodes extract"
    case .lado: return "the LADO allegations extract"
    case .s47Conferences where id == .icpcPerS47:
      return "the counts s47_started and icpc: the CIN census XML, or else Annex A list 5"
    case .childProtectionPlans where id == .cppPerIcpc:
      return "the counts icpc and cpp_started: the CIN census XML, or else Annex A lists 5 and 7"
    case .childProtectionPlans where id == .cpVisitsOnTime || id == .cpSeenAlone:
      return "Annex A list 7 only (its last statutory visit; the CIN census carries no visits)"
    case .assessments, .s47Conferences, .childProtectionPlans:
      return "the CIN census XML, or else Annex A lists 3, 4, 5 and 7 linked by child and date"
    }
  }
}

/// Every indicator's stable id (`specs/indicators.md`), as written in the outputs' `indicator_id`.
///
/// A typed id: a misspelt indicator is a compile error, and a `switch` over a family's ids must
/// name each of them. `IndicatorCatalogue` holds each id's name, unit, polarity and definition.
public enum IndicatorID: String, Sendable, CaseIterable, Comparable, CustomStringConvertible {
  case contacts
  case contactReferralConversion = "contact_referral_conversion"
  case referrals
  case referralsRate = "referrals_rate"
  case rereferrals12m = "rereferrals_12m"
  case referralsNfa = "referrals_nfa"
  case referralsToAssessment = "referrals_to_assessment"
  case assessmentsCompleted = "assessments_completed"
  case assessmentsRate = "assessments_rate"
  case assessments45wd = "assessments_45wd"
  case assessmentDurationMedian = "assessment_duration_median"
  case assessmentFactors = "assessment_factors"
  case s47Started = "s47_started"
  case s47Children = "s47_children"
  case s47Rate = "s47_rate"
  case s47ToIcpc = "s47_to_icpc"
  case icpc
  case icpcRate = "icpc_rate"
  case icpc15wd = "icpc_15wd"
  case icpcToCpp = "icpc_to_cpp"
  case cppStarted = "cpp_started"
  case cppStartedRate = "cpp_started_rate"
  case cppSecondOrSubsequent = "cpp_second_or_subsequent"
  case cppAtEnd = "cpp_at_end"
  case cppAtEndRate = "cpp_at_end_rate"
  case cppEnded = "cpp_ended"
  case cppEnded2yPlus = "cpp_ended_2y_plus"
  case cppReviewsOnTime = "cpp_reviews_on_time"
  case cppLatestReviewRecent = "cpp_latest_review_recent"
  case cppByCategory = "cpp_by_category"
  case cinAtEnd = "cin_at_end"
  case cinAtEndRate = "cin_at_end_rate"
  case claAtEnd = "cla_at_end"
  case claAtEndRate = "cla_at_end_rate"
  case missingEpisodes = "missing_episodes"
  case awayEpisodes = "away_episodes"
  case missingChildren = "missing_children"
  case missingEpisodesPerChild = "missing_episodes_per_child"
  case missingRepeatChildren = "missing_repeat_children"
  case rhiOffered = "rhi_offered"
  case rhiAccepted = "rhi_accepted"
  case rhiWithin72h = "rhi_within_72h"
  case policeMissingReports = "police_missing_reports"
  case policeMissingChildren = "police_missing_children"
  case policeMissingChildrenMonthly = "police_missing_children_monthly"
  case ladoContacts = "lado_contacts"
  case ladoReferrals = "lado_referrals"
  case ladoReferralsChange = "lado_referrals_change"
  case ladoByReferrer = "lado_by_referrer"
  case ladoBySector = "lado_by_sector"
  case ladoByCategory = "lado_by_category"
  case ladoThresholdMet = "lado_threshold_met"
  case ladoMeetings = "lado_meetings"
  case ladoIndividuals = "lado_individuals"
  case ladoOutcomes = "lado_outcomes"
  case ladoConcluded1m = "lado_concluded_1m"
  case ladoConcluded3m = "lado_concluded_3m"
  case ladoConcluded12m = "lado_concluded_12m"
  case icpcPerS47 = "icpc_per_s47"
  case cppPerIcpc = "cpp_per_icpc"
  case referralsNotInNeed = "referrals_not_in_need"
  case cpVisitsOnTime = "cp_visits_on_time"
  case cpSeenAlone = "cp_seen_alone"

  /// The id as written: `\(id)` in text gives `rereferrals_12m`, not the case name.
  public var description: String { rawValue }

  /// Catalogue order: the row order of every output.
  public static func < (a: IndicatorID, b: IndicatorID) -> Bool { a.order < b.order }

  /// Position in the catalogue.
  public var order: Int { Self.orderTable[self]! }

  private static let orderTable: [IndicatorID: Int] = Dictionary(
    uniqueKeysWithValues: IndicatorCatalogue.all.enumerated().map { ($0.element.id, $0.offset) })
}
