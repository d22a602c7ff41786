import SafeguardKernels

/// The children's social care journey of `specs/extracts.md`, one model for either source: the
/// CIN census XML (links explicit) or the Annex A lists (links inferred by child and dates).
///
/// Dates are optional where a source may leave them blank; a missing date is a finding where
/// it is required, and the record is left out only of the figures that need it.

/// The child's sex as the census records it (`GenderCurrent` 1/2/0/9 up to 2023/24, `Sex` M/F/U from 2024/25).
public enum Sex: String, Sendable, Hashable {
  case male = "M"
  case female = "F"
  case unknown = "U"
}

/// A child's identifiers and characteristics.
public struct ChildDetails: Hashable, Sendable {
  /// Index into the run's `ChildRegistry`.
  public var child: Int32
  public var upn: String?
  public var birthDate: Day?
  /// Expected date of birth, for an unborn child.
  public var expectedBirthDate: Day?
  public var sex: Sex?
  public var ethnicity: String?
  public var disabilities: [String]
  public var deathDate: Day?

  public init(child: Int32) {
    self.child = child
    disabilities = []
  }
}

/// An assessment (the census's `Assessments`; Annex A list 4).
public struct AssessmentRecord: Hashable, Sendable {
  public var start: Day?
  public var internalReview: Day?
  public var authorised: Day?
  /// Factor codes identified at the end of the assessment (`1C`, `RB`, ...).
  public var factors: [String]
  /// Annex A list 4's "assessed as requiring LA children's social care support?"; the census
  /// has no such answer (`.unknown`).
  public var needsSupport: YesNo

  public init(
    start: Day? = nil, internalReview: Day? = nil, authorised: Day? = nil, factors: [String] = [],
    needsSupport: YesNo = .unknown
  ) {
    self.start = start
    self.internalReview = internalReview
    self.authorised = authorised
    self.factors = factors
    self.needsSupport = needsSupport
  }
}

/// A Section 47 enquiry and the initial conference that may follow it (census `Section47`; Annex A list 5).
public struct Section47Enquiry: Hashable, Sendable {
  /// Start of the enquiry (strategy discussion).
  public var start: Day?
  public var icpcTarget: Day?
  public var icpcDate: Day?
  /// An initial conference was deemed unnecessary.
  public var icpcNotRequired: YesNo

  public init(start: Day? = nil, icpcTarget: Day? = nil, icpcDate: Day? = nil, icpcNotRequired: YesNo = .unknown) {
    self.start = start
    self.icpcTarget = icpcTarget
    self.icpcDate = icpcDate
    self.icpcNotRequired = icpcNotRequired
  }
}

/// A child protection plan (census `ChildProtectionPlans`; Annex A list 7).
public struct ChildProtectionPlan: Hashable, Sendable {
  public var start: Day?
  public var end: Day?
  /// NEG, PHY, SAB, EMO or MUL.
  public var initialCategory: String?
  public var latestCategory: String?
  public var previousPlans: Int?
  /// Review conference dates, ascending (the census carries every one; Annex A only the latest).
  public var reviews: [Day]

  public init(
    start: Day? = nil, end: Day? = nil, initialCategory: String? = nil, latestCategory: String? = nil,
    previousPlans: Int? = nil, reviews: [Day] = []
  ) {
    self.start = start
    self.end = end
    self.initialCategory = initialCategory
    self.latestCategory = latestCategory
    self.previousPlans = previousPlans
    self.reviews = reviews
  }
}

/// A CIN plan's dates.
public struct CINPlanDates: Hashable, Sendable {
  public var start: Day?
  public var end: Day?
  public init(start: Day? = nil, end: Day? = nil) {
    self.start = start
    self.end = end
  }
}

/// A CIN episode: a referral and everything that followed it until closure (census `CINdetails`).
public struct CINEpisode: Hashable, Sendable {
  public var child: Int32
  public var referralDate: Day?
  /// CIN census referral source code (1A ... 10).
  public var referralSource: String?
  public var primaryNeed: String?
  public var closureDate: Day?
  public var reasonForClosure: String?
  /// The episode's initial conference date (census `CINdetails/DateOfInitialCPC`).
  public var icpcDate: Day?
  public var nfa: YesNo
  public var assessments: [AssessmentRecord]
  public var cinPlans: [CINPlanDates]
  public var section47s: [Section47Enquiry]
  public var plans: [ChildProtectionPlan]
  /// 1-based line where the episode starts in its file, for findings.
  public var line: Int

  public init(child: Int32, line: Int) {
    self.child = child
    self.line = line
    nfa = .unknown
    assessments = []
    cinPlans = []
    section47s = []
    plans = []
  }
}

/// The header of a CIN census file.
public struct CINCensusHeader: Hashable, Sendable {
  /// `CollectionDetails/Year` as written (the census year, e.g. 2025 for 2024/25).
  public var year: Int?
  /// The census covers 1 April to 31 March ending on this date.
  public var referenceDate: Day?
  /// `Source/LEA`: the 3-digit DfE LA number.
  public var la: LACode?
  public var sourceLevel: String?
  public var softwareCode: String?
  public var release: String?
  public var serialNumber: String?

  public init() {}
}

/// Everything one CIN census file held.
public struct CINCensusFile: Sendable {
  public var file: String
  public var header: CINCensusHeader
  /// `GenderCurrent` (to 2023/24) or `Sex` (from 2024/25), as found in the file.
  public var layout: String
  public var children: [ChildDetails]
  public var episodes: [CINEpisode]

  public init(file: String, header: CINCensusHeader, layout: String) {
    self.file = file
    self.header = header
    self.layout = layout
    children = []
    episodes = []
  }
}

extension Sex {
  /// The sex for a census code: `Sex` M, F, U or `GenderCurrent` 1, 2, 0, 9 (either element may
  /// carry either set); nil for any other text.
  public init?(censusCode code: String) {
    switch code.uppercased() {
    case "M", "1": self = .male
    case "F", "2": self = .female
    case "U", "0", "9": self = .unknown
    default: return nil
    }
  }
}
