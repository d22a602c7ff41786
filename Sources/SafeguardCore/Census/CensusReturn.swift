/// A CIN census file as read, element by element (`specs/extracts.md` section 1): the lossless
/// model the DfE validation rules walk. The figures use `CINCensusFile`, which Transform derives
/// from it.
///
/// Repeated modules keep file order. An element written twice where the schema allows it once
/// keeps the last one (the reader's message names the first). Stray text between elements and
/// elements the schema does not define are not kept (the reader warns about the latter).
public struct CensusReturn: Sendable {
  /// How the file is called in findings (relative to its input folder).
  public var file: String
  public var header: CensusHeaderElements
  public var children: [CensusChild]
  /// `GenderCurrent` or `Sex`: the first of the two met in the file; `none` when neither.
  public var layout: String
  /// Line of the `<Children>` element; 0 when absent.
  public var childrenLine: Int32

  public init(file: String) {
    self.file = file
    header = CensusHeaderElements()
    children = []
    layout = "none"
    childrenLine = 0
  }
}

/// The `Header` of a census file.
public struct CensusHeaderElements: Hashable, Sendable {
  public var collection: CensusText = .absent
  /// `CollectionDetails/Year` (2025 for the 2024/25 census).
  public var year: CensusNumber = .absent
  public var referenceDate: CensusDate = .absent
  public var sourceLevel: CensusText = .absent
  public var lea: CensusText = .absent
  public var softwareCode: CensusText = .absent
  public var release: CensusText = .absent
  public var serialNo: CensusText = .absent
  public var dateTime: CensusText = .absent
  /// Line of the `<Header>` element; 0 when absent.
  public var line: Int32 = 0

  public init() {}
}

/// One `<Child>`: identifiers, characteristics and CIN episodes.
public struct CensusChild: Hashable, Sendable {
  /// Line of the `<Child>` element.
  public var line: Int32
  /// Index into the run's `ChildRegistry` once `LAchildID` is read; nil without one.
  public var index: Int32?
  public var laChildID: CensusText = .absent
  public var upn: CensusText = .absent
  public var formerUPN: CensusText = .absent
  public var upnUnknown: CensusText = .absent
  public var birthDate: CensusDate = .absent
  public var expectedBirthDate: CensusDate = .absent
  /// `GenderCurrent` (1, 2, 0, 9; to 2023/24) as written.
  public var genderCurrent: CensusText = .absent
  /// `Sex` (M, F, U; from 2024/25) as written.
  public var sex: CensusText = .absent
  public var deathDate: CensusDate = .absent
  public var ethnicity: CensusText = .absent
  /// Each `Disabilities/Disability`, in file order.
  public var disabilities: [CensusText] = []
  public var episodes: [CensusEpisode] = []

  public init(line: Int32) { self.line = line }
}

/// One `<CINdetails>`: a CIN episode and its modules.
public struct CensusEpisode: Hashable, Sendable {
  public var line: Int32
  public var referralDate: CensusDate = .absent
  public var referralSource: CensusText = .absent
  public var primaryNeed: CensusText = .absent
  public var closureDate: CensusDate = .absent
  public var reasonForClosure: CensusText = .absent
  public var dateOfInitialCPC: CensusDate = .absent
  public var referralNFA: CensusBool = .absent
  public var assessments: [CensusAssessment] = []
  public var cinPlans: [CensusCINPlan] = []
  public var section47s: [CensusSection47] = []
  public var plans: [CensusProtectionPlan] = []

  public init(line: Int32) { self.line = line }
}

/// One `<Assessments>`.
public struct CensusAssessment: Hashable, Sendable {
  public var line: Int32
  public var start: CensusDate = .absent
  public var internalReview: CensusDate = .absent
  public var authorised: CensusDate = .absent
  /// Each `FactorsIdentifiedAtAssessment/AssessmentFactors`, in file order.
  public var factors: [CensusText] = []

  public init(line: Int32) { self.line = line }
}

/// One `<CINPlanDates>`.
public struct CensusCINPlan: Hashable, Sendable {
  public var line: Int32
  public var start: CensusDate = .absent
  public var end: CensusDate = .absent

  public init(line: Int32) { self.line = line }
}

/// One `<Section47>`.
public struct CensusSection47: Hashable, Sendable {
  public var line: Int32
  public var start: CensusDate = .absent
  public var icpcTarget: CensusDate = .absent
  public var icpcDate: CensusDate = .absent
  public var icpcNotRequired: CensusBool = .absent

  public init(line: Int32) { self.line = line }
}

/// One `<ChildProtectionPlans>`.
public struct CensusProtectionPlan: Hashable, Sendable {
  public var line: Int32
  public var start: CensusDate = .absent
  public var end: CensusDate = .absent
  public var initialCategory: CensusText = .absent
  public var latestCategory: CensusText = .absent
  public var previousPlans: CensusNumber = .absent
  /// Each `Reviews/CPPreviewDate`, in file order.
  public var reviews: [CensusDate] = []
  /// Line of each `<Reviews>` group that holds no `CPPreviewDate` at all.
  public var emptyReviewGroups: [Int32] = []

  public init(line: Int32) { self.line = line }
}
