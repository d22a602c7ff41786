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
  public let id: String
  public let name: String
  public let family: IndicatorFamily
  public let unit: IndicatorUnit
  public let polarity: Polarity
  public let definition: String

  init(
    _ id: String, _ name: String, family: IndicatorFamily, unit: IndicatorUnit, polarity: Polarity, definition: String
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
      "contacts", "Contacts received", family: .frontDoor, unit: .count, polarity: .none,
      definition: "contacts received in period"),
    .init(
      "contact_referral_conversion", "Contacts that became referrals", family: .frontDoor, unit: .percent,
      polarity: .none,
      definition: "referrals in period ÷ contacts in period × 100"),
    .init(
      "referrals", "Referrals received", family: .frontDoor, unit: .count, polarity: .none,
      definition: "referrals received in period (each referral counts, not each child)"),
    .init(
      "referrals_rate", "Referrals per 10,000 children", family: .frontDoor, unit: .rate, polarity: .none,
      definition: "referrals per 10,000 children"),
    .init(
      "rereferrals_12m", "Re-referrals within 12 months", family: .frontDoor, unit: .percent, polarity: .low,
      definition:
        "referrals in period for a child with a previous referral in the 12 months before the referral date, ÷ referrals in period × 100"
    ),
    .init(
      "referrals_nfa", "Referrals with no further action", family: .frontDoor, unit: .percent, polarity: .none,
      definition:
        "referrals in period with no further action (ReferralNFA true / Referral NFA? = Y), ÷ referrals in period × 100"
    ),
    .init(
      "referrals_to_assessment", "Referrals followed by an assessment", family: .frontDoor, unit: .percent,
      polarity: .none,
      definition:
        "referrals in period followed by an assessment for the same child (same CIN episode in the census; in Annex A an assessment starting on or after the referral date and within 30 days (setting) and before the child's next referral) ÷ referrals in period × 100"
    ),
    .init(
      "assessments_completed", "Assessments completed", family: .assessments, unit: .count, polarity: .none,
      definition: "assessments authorised in period"),
    .init(
      "assessments_rate", "Assessments completed per 10,000 children", family: .assessments, unit: .rate,
      polarity: .none,
      definition: "assessments completed per 10,000"),
    .init(
      "assessments_45wd", "Assessments completed within 45 working days", family: .assessments, unit: .percent,
      polarity: .high,
      definition:
        "assessments authorised in period within 45 working days of the assessment start date ÷ assessments authorised in period × 100"
    ),
    .init(
      "assessment_duration_median", "Median assessment duration (working days)", family: .assessments, unit: .days,
      polarity: .low,
      definition: "median working days from start to authorisation of assessments authorised in period"),
    .init(
      "assessment_factors", "Factors identified at assessment", family: .assessments, unit: .count, polarity: .none,
      definition:
        "assessments authorised in period by factor code (count and percent of assessments; one assessment may have several factors)"
    ),
    .init(
      "s47_started", "Section 47 enquiries started", family: .s47Conferences, unit: .count, polarity: .none,
      definition: "Section 47 enquiries started in period"),
    .init(
      "s47_children", "Children subject to a Section 47 enquiry", family: .s47Conferences, unit: .count,
      polarity: .none,
      definition: "distinct children with a Section 47 enquiry started in period"),
    .init(
      "s47_rate", "Section 47 enquiries per 10,000 children", family: .s47Conferences, unit: .rate, polarity: .none,
      definition: "Section 47 enquiries started per 10,000"),
    .init(
      "s47_to_icpc", "Section 47 enquiries leading to an initial conference", family: .s47Conferences, unit: .percent,
      polarity: .none,
      definition:
        "enquiries started in period that led to an initial child protection conference (a conference date present; ICPC not deemed unnecessary) ÷ enquiries started in period × 100"
    ),
    .init(
      "icpc", "Initial child protection conferences", family: .s47Conferences, unit: .count, polarity: .none,
      definition: "initial child protection conferences held in period"),
    .init(
      "icpc_rate", "Initial conferences per 10,000 children", family: .s47Conferences, unit: .rate, polarity: .none,
      definition: "initial conferences per 10,000"),
    .init(
      "icpc_15wd", "Initial conferences within 15 working days", family: .s47Conferences, unit: .percent,
      polarity: .high,
      definition:
        "initial conferences held in period within 15 working days of the start of the Section 47 enquiry (strategy discussion) ÷ initial conferences held in period (with a linked enquiry) × 100"
    ),
    .init(
      "icpc_to_cpp", "Initial conferences resulting in a plan", family: .s47Conferences, unit: .percent,
      polarity: .none,
      definition:
        "initial conferences held in period that resulted in a plan ÷ initial conferences held in period × 100"),
    .init(
      "cpp_started", "Child protection plans started", family: .childProtectionPlans, unit: .count, polarity: .none,
      definition:
        "plans starting in period (each plan counts, including plans that did not start at an initial conference, such as transfers in)"
    ),
    .init(
      "cpp_started_rate", "Plans started per 10,000 children", family: .childProtectionPlans, unit: .rate,
      polarity: .low,
      definition: "plans starting per 10,000"),
    .init(
      "cpp_second_or_subsequent", "Plans that are a second or subsequent plan", family: .childProtectionPlans,
      unit: .percent, polarity: .low,
      definition:
        "plans starting in period for a child who had a previous plan at any time (NumberOfPreviousCPP > 0, or an earlier plan in the data) ÷ plans starting in period × 100"
    ),
    .init(
      "cpp_at_end", "Children on a child protection plan at period end", family: .childProtectionPlans, unit: .count,
      polarity: .none,
      definition: "children subject to a plan at period end"),
    .init(
      "cpp_at_end_rate", "Children on a plan at period end per 10,000 children", family: .childProtectionPlans,
      unit: .rate, polarity: .none,
      definition: "children subject to a plan at period end per 10,000"),
    .init(
      "cpp_ended", "Child protection plans ended", family: .childProtectionPlans, unit: .count, polarity: .none,
      definition: "plans ending in period"),
    .init(
      "cpp_ended_2y_plus", "Plans ended that lasted two years or more", family: .childProtectionPlans, unit: .percent,
      polarity: .low,
      definition:
        "plans ending in period that lasted two years or more (end date minus start date ≥ 729 days, i.e. more than 729 calendar days counting the day of cessation) ÷ plans ending in period × 100"
    ),
    .init(
      "cpp_reviews_on_time", "Children on a plan with reviews on time", family: .childProtectionPlans, unit: .percent,
      polarity: .high,
      definition:
        "children on a plan at period end who had been on it for at least 3 months, whose first review was within 3 months of the plan start, every later review within 6 months of the one before, and no review overdue at period end (period end within 6 months of the latest review), ÷ those children × 100 (needs every review date, so CIN census only)"
    ),
    .init(
      "cpp_latest_review_recent", "Children on a plan with a review in the last 6 months",
      family: .childProtectionPlans, unit: .percent, polarity: .high,
      definition:
        "children on a plan at period end for at least 3 months whose latest review conference was within the last 6 months (Annex A proxy for the measure above)"
    ),
    .init(
      "cpp_by_category", "Children on a plan by category of abuse", family: .childProtectionPlans, unit: .count,
      polarity: .none,
      definition:
        "children on a plan at period end by latest category of abuse (neglect, physical, sexual, emotional, multiple): count and percent"
    ),
    .init(
      "cin_at_end", "Children in need at period end", family: .cinCla, unit: .count, polarity: .none,
      definition:
        "children in need at period end (open CIN episodes, including those on plans and in care where the source counts them)"
    ),
    .init(
      "cin_at_end_rate", "Children in need per 10,000 children", family: .cinCla, unit: .rate, polarity: .none,
      definition: "per 10,000"),
    .init(
      "cla_at_end", "Children looked after at period end", family: .cinCla, unit: .count, polarity: .none,
      definition: "children looked after at period end"),
    .init(
      "cla_at_end_rate", "Children looked after per 10,000 children", family: .cinCla, unit: .rate, polarity: .none,
      definition: "per 10,000"),
    .init(
      "missing_episodes", "Missing episodes recorded by social care", family: .missing, unit: .count, polarity: .none,
      definition: "LA-recorded missing (M) episodes starting in period"),
    .init(
      "away_episodes", "Away episodes recorded by social care", family: .missing, unit: .count, polarity: .none,
      definition: "LA-recorded away (A) episodes starting in period"),
    .init(
      "missing_children", "Children with a missing episode", family: .missing, unit: .count, polarity: .none,
      definition: "distinct children with a missing (M, not away) episode starting in period"),
    .init(
      "missing_episodes_per_child", "Missing episodes per missing child", family: .missing, unit: .mean,
      polarity: .none,
      definition: "missing episodes ÷ missing children"),
    .init(
      "missing_repeat_children", "Children missing 3 or more times", family: .missing, unit: .count, polarity: .low,
      definition: "children with 3 or more missing episodes starting in period"),
    .init(
      "rhi_offered", "Return home interviews offered", family: .missing, unit: .percent, polarity: .high,
      definition:
        "ended missing episodes in period where a return home interview was offered ÷ ended missing episodes × 100"),
    .init(
      "rhi_accepted", "Return home interviews accepted", family: .missing, unit: .percent, polarity: .high,
      definition: "interviews accepted ÷ interviews offered × 100"),
    .init(
      "rhi_within_72h", "Return home interviews within 72 hours", family: .missing, unit: .percent, polarity: .high,
      definition: "interviews held within 72 hours (3 calendar days) of the episode end ÷ ended missing episodes × 100"),
    .init(
      "police_missing_reports", "Police missing reports for under-18s", family: .missing, unit: .count, polarity: .none,
      definition: "police missing occurrences for under-18s reported in period"),
    .init(
      "police_missing_children", "Children reported missing to police", family: .missing, unit: .count, polarity: .none,
      definition: "distinct children reported missing to police in period"),
    .init(
      "police_missing_children_monthly", "Children reported missing to police per month", family: .missing, unit: .mean,
      polarity: .none,
      definition: "police_missing_children ÷ months in period"),
    .init(
      "lado_contacts", "LADO contacts", family: .lado, unit: .count, polarity: .none,
      definition: "LADO contacts received in period (referrals and consultations)"),
    .init(
      "lado_referrals", "LADO referrals", family: .lado, unit: .count, polarity: .none,
      definition: "contacts of type Referral received in period"),
    .init(
      "lado_referrals_change", "Change in LADO referrals on a year earlier", family: .lado, unit: .percent,
      polarity: .none,
      definition: "change in referrals against the same-length period one year earlier: count and percent"),
    .init(
      "lado_by_referrer", "LADO referrals by referrer", family: .lado, unit: .count, polarity: .none,
      definition: "LADO referrals in period by referrer agency: count and percent"),
    .init(
      "lado_by_sector", "LADO referrals by employment sector", family: .lado, unit: .count, polarity: .none,
      definition: "LADO referrals in period by employment sector: count and percent"),
    .init(
      "lado_by_category", "LADO referrals by allegation category", family: .lado, unit: .count, polarity: .none,
      definition: "LADO referrals in period by allegation category: count and percent"),
    .init(
      "lado_threshold_met", "LADO referrals meeting the harm threshold", family: .lado, unit: .percent, polarity: .none,
      definition: "referrals in period meeting the harm threshold ÷ referrals × 100"),
    .init(
      "lado_meetings", "LADO referrals with a strategy meeting", family: .lado, unit: .count, polarity: .none,
      definition: "referrals in period with a strategy / allegations management meeting"),
    .init(
      "lado_individuals", "Adults referred to the LADO", family: .lado, unit: .count, polarity: .none,
      definition: "distinct adults (Person Ref) referred in period"),
    .init(
      "lado_outcomes", "LADO referrals concluded by outcome", family: .lado, unit: .count, polarity: .none,
      definition: "referrals concluded in period by outcome: count and percent"),
    .init(
      "lado_concluded_1m", "LADO referrals concluded within 1 month", family: .lado, unit: .percent, polarity: .high,
      definition:
        "referrals concluded in period within 1 month of the date received ÷ referrals concluded in period × 100 (statutory guidance expects most within 1 month, 90% within 3, nearly all within 12)"
    ),
    .init(
      "lado_concluded_3m", "LADO referrals concluded within 3 months", family: .lado, unit: .percent, polarity: .high,
      definition:
        "referrals concluded in period within 3 months of the date received ÷ referrals concluded in period × 100 (statutory guidance expects most within 1 month, 90% within 3, nearly all within 12)"
    ),
    .init(
      "lado_concluded_12m", "LADO referrals concluded within 12 months", family: .lado, unit: .percent, polarity: .high,
      definition:
        "referrals concluded in period within 12 months of the date received ÷ referrals concluded in period × 100 (statutory guidance expects most within 1 month, 90% within 3, nearly all within 12)"
    ),
    // Ratios as reports print them: counts of the same period, not cohorts.
    .init(
      "icpc_per_s47", "Initial conferences per 100 Section 47 enquiries (same period)", family: .s47Conferences,
      unit: .percent, polarity: .none,
      definition: "initial conferences held in period ÷ Section 47 enquiries started in period × 100"),
    .init(
      "cpp_per_icpc", "Plans started per 100 initial conferences (same period)", family: .childProtectionPlans,
      unit: .percent, polarity: .none,
      definition: "plans starting in period ÷ initial conferences held in period × 100"),
    .init(
      "referrals_not_in_need", "Referrals assessed as not in need", family: .frontDoor, unit: .percent,
      polarity: .none,
      definition:
        "referrals in period where the child was assessed and found not to be in need ÷ referrals in period × 100. Census (DfE's definition, table C1): the referral's episode has an assessment, no Section 47 enquiry, conference or plan, and closed with reason RC8 (closed after assessment, no further action) or RC9 (closed after assessment, referred to early help). Annex A: the referral's linked assessment (list 4) answers No to \"assessed as requiring children's social care support\""
    ),
    .init(
      "cp_visits_on_time", "Children on a plan visited on time", family: .childProtectionPlans, unit: .percent,
      polarity: .high,
      definition:
        "children on a plan at period end whose latest statutory visit (list 7) is no more than `cp_visit_working_days` (a setting, default 10) working days before the period's last day (working days counted as in Conventions, from the visit date to the period's last day; a visit on that day counts 0) ÷ children on a plan at period end × 100 (Annex A list 7 only)"
    ),
    .init(
      "cp_seen_alone", "Children on a plan seen alone at their latest visit", family: .childProtectionPlans,
      unit: .percent, polarity: .high,
      definition:
        "children on a plan at period end whose latest statutory visit saw the child alone ÷ children on a plan at period end with a visit recorded × 100 (Annex A list 7 only)"
    ),
  ]

  /// The indicator with this id.
  public static func named(_ id: String) -> IndicatorDefinition? { all.first { $0.id == id } }

  /// Ids this version of the pipeline computes from the extracts; the rest are defined and listed, not yet computed.
  public static let computed: Set<String> = Set(
    all.filter {
      [.frontDoor, .assessments, .s47Conferences, .childProtectionPlans, .cinCla, .missing, .lado].contains($0.family)
    }
    .map(\.id))

  /// Which extracts an indicator is computed from in this version, for `safeguard explain`.
  public static func sources(of id: String) -> String {
    guard let d = named(id), computed.contains(id) else { return "not yet computed in this version" }
    switch d.family {
    case .frontDoor where id == "referrals_to_assessment":
      return "the CIN census XML, or else Annex A lists 3 and 4 linked by child and date"
    case .frontDoor: return "Annex A lists 1 (contacts) and 3 (referrals)"
    case .cinCla where id.hasPrefix("cla"):
      return "the CIN census for the year, with Annex A list 8 for children looked after"
    case .cinCla: return "the CIN census XML, or else Annex A list 6"
    case .missing where id.hasPrefix("police"): return "the police missing-person reports extract"
    case .missing: return "the social care missing and away episodes extract"
    case .lado: return "the LADO allegations extract"
    default: return "the CIN census XML, or else Annex A lists 3, 4, 5 and 7 linked by child and date"
    }
  }

  /// Position in the catalogue, for stable row order.
  public static func order(of id: String) -> Int { all.firstIndex { $0.id == id } ?? Int.max }
}
