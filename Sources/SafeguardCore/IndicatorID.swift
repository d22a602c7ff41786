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
