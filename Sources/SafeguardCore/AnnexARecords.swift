import SafeguardKernels

/// Compact records for Annex A lists 2 and 4 to 8, one row each, holding only what the indicators
/// and the linking of referrals to assessments, enquiries and plans need.
///
/// Every record carries `child` (an index into the run's `ChildRegistry`), `file` (an index into
/// `ExtractSet.files`) and `line` (the 1-based physical line where its row starts), so a finding
/// or a link can name the row. The start date is the list's index date and is always present:
/// a row without a usable one is left out at ingest. Other dates are nil when blank or not a valid
/// date (the reader reports the latter). Coded values are upper-case with any Annex A prefix
/// (`a) `, `1 - `) removed; nil when blank.

/// An early help assessment (Annex A list 2).
public struct EarlyHelpAssessmentRecord: Hashable, Sendable {
  public let child: Int32
  /// Assessment start date.
  public let start: Day
  /// Assessment completion date; nil while the assessment is open.
  public let completion: Day?
  /// Organisation completing assessment, as written (trimmed).
  public let organisation: String?
  public let file: UInt16
  public let line: UInt32

  public init(child: Int32, start: Day, completion: Day?, organisation: String?, file: UInt16, line: UInt32) {
    self.child = child
    self.start = start
    self.completion = completion
    self.organisation = organisation
    self.file = file
    self.line = line
  }
}

/// A children's social care (continuous) assessment (Annex A list 4).
public struct AnnexAAssessmentRecord: Hashable, Sendable {
  public let child: Int32
  /// Continuous Assessment Start Date.
  public let start: Day
  /// Continuous Assessment Date of Authorisation; nil while the assessment is open.
  public let authorised: Day?
  /// Child Seen During Continuous Assessment.
  public let seen: YesNo
  /// Was the child assessed as requiring LA children's social care support?
  public let needsSupport: YesNo
  /// Does the Child have a Disability.
  public let disability: YesNo
  public let file: UInt16
  public let line: UInt32

  public init(
    child: Int32, start: Day, authorised: Day?, seen: YesNo, needsSupport: YesNo, disability: YesNo, file: UInt16,
    line: UInt32
  ) {
    self.child = child
    self.start = start
    self.authorised = authorised
    self.seen = seen
    self.needsSupport = needsSupport
    self.disability = disability
    self.file = file
    self.line = line
  }
}

/// A Section 47 enquiry and its initial child protection conference, if any (Annex A list 5).
public struct AnnexASection47Record: Hashable, Sendable {
  public let child: Int32
  /// Strategy discussion initiating Section 47 Enquiry Start Date.
  public let start: Day
  /// Was an Initial Child Protection Conference deemed unnecessary?
  public let icpcNotRequired: YesNo
  /// Date of Initial Child Protection Conference.
  public let icpcDate: Day?
  /// Did the Initial Child Protection Conference Result in a Child Protection Plan.
  public let icpcResultedInPlan: YesNo
  public let file: UInt16
  public let line: UInt32

  public init(
    child: Int32, start: Day, icpcNotRequired: YesNo, icpcDate: Day?, icpcResultedInPlan: YesNo, file: UInt16,
    line: UInt32
  ) {
    self.child = child
    self.start = start
    self.icpcNotRequired = icpcNotRequired
    self.icpcDate = icpcDate
    self.icpcResultedInPlan = icpcResultedInPlan
    self.file = file
    self.line = line
  }
}

/// A child in need episode (Annex A list 6).
public struct AnnexACINRecord: Hashable, Sendable {
  public let child: Int32
  /// CIN Start Date.
  public let start: Day
  /// Primary Need Code (`N1` … `N9`, or the description when the export gives only that).
  public let primaryNeed: String?
  /// CIN Closure Date; nil while open.
  public let closure: Day?
  /// Reason for Closure (`RC1` … `RC9`, or the description).
  public let reasonForClosure: String?
  /// Case Status.
  public let caseStatus: String?
  public let file: UInt16
  public let line: UInt32

  public init(
    child: Int32, start: Day, primaryNeed: String?, closure: Day?, reasonForClosure: String?, caseStatus: String?,
    file: UInt16, line: UInt32
  ) {
    self.child = child
    self.start = start
    self.primaryNeed = primaryNeed
    self.closure = closure
    self.reasonForClosure = reasonForClosure
    self.caseStatus = caseStatus
    self.file = file
    self.line = line
  }
}

/// A child protection plan (Annex A list 7).
public struct AnnexAPlanRecord: Hashable, Sendable {
  public let child: Int32
  /// Child Protection Plan Start Date.
  public let start: Day
  /// Initial Category of Abuse: NEG, PHY, SAB, EMO or MUL; nil when blank or not recognised.
  public let initialCategory: String?
  /// Latest Category of Abuse, coded as `initialCategory`.
  public let latestCategory: String?
  /// Date of latest review conference.
  public let latestReview: Day?
  /// Child Protection Plan End Date; nil while the plan is open.
  public let end: Day?
  /// Number of Previous Child Protection Plans.
  public let previousPlans: Int?
  /// Date of the Last Statutory Visit (the list keeps only the latest, as of the export).
  public let lastVisit: Day?
  /// Was the Child Seen Alone? (at that visit).
  public let seenAlone: YesNo
  public let file: UInt16
  public let line: UInt32

  public init(
    child: Int32, start: Day, initialCategory: String?, latestCategory: String?, latestReview: Day?, end: Day?,
    previousPlans: Int?, lastVisit: Day? = nil, seenAlone: YesNo = .unknown, file: UInt16, line: UInt32
  ) {
    self.child = child
    self.start = start
    self.initialCategory = initialCategory
    self.latestCategory = latestCategory
    self.latestReview = latestReview
    self.end = end
    self.previousPlans = previousPlans
    self.lastVisit = lastVisit
    self.seenAlone = seenAlone
    self.file = file
    self.line = line
  }
}

/// A period of being looked after (Annex A list 8).
public struct AnnexACareRecord: Hashable, Sendable {
  public let child: Int32
  /// Date Started to be Looked After.
  public let start: Day
  /// Child's Legal Status (`C2`, `V2`, …, or the description).
  public let legalStatus: String?
  /// Date Ceased to be Looked After; nil while looked after.
  public let ceased: Day?
  /// Reason Ceased to be Looked After.
  public let reasonCeased: String?
  /// Number of episodes missing from placement in the last 12 months.
  public let missingEpisodes12m: Int?
  /// Number of episodes absent (away without authorisation) from placement in the last 12 months.
  public let awayEpisodes12m: Int?
  public let file: UInt16
  public let line: UInt32

  public init(
    child: Int32, start: Day, legalStatus: String?, ceased: Day?, reasonCeased: String?, missingEpisodes12m: Int?,
    awayEpisodes12m: Int?, file: UInt16, line: UInt32
  ) {
    self.child = child
    self.start = start
    self.legalStatus = legalStatus
    self.ceased = ceased
    self.reasonCeased = reasonCeased
    self.missingEpisodes12m = missingEpisodes12m
    self.awayEpisodes12m = awayEpisodes12m
    self.file = file
    self.line = line
  }
}
