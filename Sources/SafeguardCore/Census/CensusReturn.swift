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
  public var line: Int32 {
    @inlinable _read { yield storage.fields.line }
    @inlinable _modify {
      var f = takeFields()
      defer { storage = Storage(f) }
      yield &f.line
    }
  }

  /// Index into the run's `ChildRegistry` once `LAchildID` is read; nil without one.
  public var index: Int32? {
    @inlinable _read { yield storage.fields.index }
    @inlinable _modify {
      var f = takeFields()
      defer { storage = Storage(f) }
      yield &f.index
    }
  }

  public var laChildID: CensusText {
    @inlinable _read { yield storage.fields.laChildID }
    @inlinable _modify {
      var f = takeFields()
      defer { storage = Storage(f) }
      yield &f.laChildID
    }
  }

  public var upn: CensusText {
    @inlinable _read { yield storage.fields.upn }
    @inlinable _modify {
      var f = takeFields()
      defer { storage = Storage(f) }
      yield &f.upn
    }
  }

  public var formerUPN: CensusText {
    @inlinable _read { yield storage.fields.formerUPN }
    @inlinable _modify {
      var f = takeFields()
      defer { storage = Storage(f) }
      yield &f.formerUPN
    }
  }

  public var upnUnknown: CensusText {
    @inlinable _read { yield storage.fields.upnUnknown }
    @inlinable _modify {
      var f = takeFields()
      defer { storage = Storage(f) }
      yield &f.upnUnknown
    }
  }

  public var birthDate: CensusDate {
    @inlinable _read { yield storage.fields.birthDate }
    @inlinable _modify {
      var f = takeFields()
      defer { storage = Storage(f) }
      yield &f.birthDate
    }
  }

  public var expectedBirthDate: CensusDate {
    @inlinable _read { yield storage.fields.expectedBirthDate }
    @inlinable _modify {
      var f = takeFields()
      defer { storage = Storage(f) }
      yield &f.expectedBirthDate
    }
  }

  /// `GenderCurrent` (1, 2, 0, 9; to 2023/24) as written.
  public var genderCurrent: CensusText {
    @inlinable _read { yield storage.fields.genderCurrent }
    @inlinable _modify {
      var f = takeFields()
      defer { storage = Storage(f) }
      yield &f.genderCurrent
    }
  }

  /// `Sex` (M, F, U; from 2024/25) as written.
  public var sex: CensusText {
    @inlinable _read { yield storage.fields.sex }
    @inlinable _modify {
      var f = takeFields()
      defer { storage = Storage(f) }
      yield &f.sex
    }
  }

  public var deathDate: CensusDate {
    @inlinable _read { yield storage.fields.deathDate }
    @inlinable _modify {
      var f = takeFields()
      defer { storage = Storage(f) }
      yield &f.deathDate
    }
  }

  public var ethnicity: CensusText {
    @inlinable _read { yield storage.fields.ethnicity }
    @inlinable _modify {
      var f = takeFields()
      defer { storage = Storage(f) }
      yield &f.ethnicity
    }
  }

  /// Each `Disabilities/Disability`, in file order.
  public var disabilities: [CensusText] {
    @inlinable _read { yield storage.fields.disabilities }
    @inlinable _modify {
      var f = takeFields()
      defer { storage = Storage(f) }
      yield &f.disabilities
    }
  }

  public var episodes: [CensusEpisode] {
    @inlinable _read { yield storage.fields.episodes }
    @inlinable _modify {
      var f = takeFields()
      defer { storage = Storage(f) }
      yield &f.episodes
    }
  }

  public init(line: Int32) { storage = Storage(Fields(line: line)) }

  /// A record of these fields (what a reader builds, then wraps once).
  public init(_ fields: Fields) { storage = Storage(fields) }

  /// The fields, as one plain value. They live in one immutable shared box: the validation rules
  /// copy a record many times each, and a copy is one reference instead of one per text field
  /// and list. Changing a field makes a new box (the old one's lists are reused when no other
  /// copy holds it); a reader builds `Fields` and wraps them once.
  public struct Fields: Hashable, Sendable {
    public init(line: Int32) { self.line = line }
    public var line: Int32
    public var index: Int32?
    public var laChildID: CensusText = .absent
    public var upn: CensusText = .absent
    public var formerUPN: CensusText = .absent
    public var upnUnknown: CensusText = .absent
    public var birthDate: CensusDate = .absent
    public var expectedBirthDate: CensusDate = .absent
    public var genderCurrent: CensusText = .absent
    public var sex: CensusText = .absent
    public var deathDate: CensusDate = .absent
    public var ethnicity: CensusText = .absent
    public var disabilities: [CensusText] = []
    public var episodes: [CensusEpisode] = []
  }

  @usableFromInline final class Storage: Sendable {
    @usableFromInline let fields: Fields
    @usableFromInline init(_ fields: Fields) { self.fields = fields }
    /// Holds nothing: stands in while a field changes, so the old box can go.
    @usableFromInline static let placeholder = Storage(Fields(line: 0))
  }

  @usableFromInline var storage: Storage

  /// The fields, taken out for a change: when no other copy holds the box it goes, so its lists
  /// are not copied when they grow.
  @inlinable mutating func takeFields() -> Fields {
    let f = storage.fields
    storage = Storage.placeholder
    return f
  }

  public static func == (a: CensusChild, b: CensusChild) -> Bool {
    a.storage === b.storage || a.storage.fields == b.storage.fields
  }

  public func hash(into hasher: inout Hasher) { storage.fields.hash(into: &hasher) }
}

/// One `<CINdetails>`: a CIN episode and its modules.
public struct CensusEpisode: Hashable, Sendable {
  public var line: Int32 {
    @inlinable _read { yield storage.fields.line }
    @inlinable _modify {
      var f = takeFields()
      defer { storage = Storage(f) }
      yield &f.line
    }
  }

  public var referralDate: CensusDate {
    @inlinable _read { yield storage.fields.referralDate }
    @inlinable _modify {
      var f = takeFields()
      defer { storage = Storage(f) }
      yield &f.referralDate
    }
  }

  public var referralSource: CensusText {
    @inlinable _read { yield storage.fields.referralSource }
    @inlinable _modify {
      var f = takeFields()
      defer { storage = Storage(f) }
      yield &f.referralSource
    }
  }

  public var primaryNeed: CensusText {
    @inlinable _read { yield storage.fields.primaryNeed }
    @inlinable _modify {
      var f = takeFields()
      defer { storage = Storage(f) }
      yield &f.primaryNeed
    }
  }

  public var closureDate: CensusDate {
    @inlinable _read { yield storage.fields.closureDate }
    @inlinable _modify {
      var f = takeFields()
      defer { storage = Storage(f) }
      yield &f.closureDate
    }
  }

  public var reasonForClosure: CensusText {
    @inlinable _read { yield storage.fields.reasonForClosure }
    @inlinable _modify {
      var f = takeFields()
      defer { storage = Storage(f) }
      yield &f.reasonForClosure
    }
  }

  public var dateOfInitialCPC: CensusDate {
    @inlinable _read { yield storage.fields.dateOfInitialCPC }
    @inlinable _modify {
      var f = takeFields()
      defer { storage = Storage(f) }
      yield &f.dateOfInitialCPC
    }
  }

  public var referralNFA: CensusBool {
    @inlinable _read { yield storage.fields.referralNFA }
    @inlinable _modify {
      var f = takeFields()
      defer { storage = Storage(f) }
      yield &f.referralNFA
    }
  }

  public var assessments: [CensusAssessment] {
    @inlinable _read { yield storage.fields.assessments }
    @inlinable _modify {
      var f = takeFields()
      defer { storage = Storage(f) }
      yield &f.assessments
    }
  }

  public var cinPlans: [CensusCINPlan] {
    @inlinable _read { yield storage.fields.cinPlans }
    @inlinable _modify {
      var f = takeFields()
      defer { storage = Storage(f) }
      yield &f.cinPlans
    }
  }

  public var section47s: [CensusSection47] {
    @inlinable _read { yield storage.fields.section47s }
    @inlinable _modify {
      var f = takeFields()
      defer { storage = Storage(f) }
      yield &f.section47s
    }
  }

  public var plans: [CensusProtectionPlan] {
    @inlinable _read { yield storage.fields.plans }
    @inlinable _modify {
      var f = takeFields()
      defer { storage = Storage(f) }
      yield &f.plans
    }
  }

  public init(line: Int32) { storage = Storage(Fields(line: line)) }

  /// A record of these fields (what a reader builds, then wraps once).
  public init(_ fields: Fields) { storage = Storage(fields) }

  /// The fields, as one plain value. They live in one immutable shared box: the validation rules
  /// copy a record many times each, and a copy is one reference instead of one per text field
  /// and list. Changing a field makes a new box (the old one's lists are reused when no other
  /// copy holds it); a reader builds `Fields` and wraps them once.
  public struct Fields: Hashable, Sendable {
    public init(line: Int32) { self.line = line }
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
  }

  @usableFromInline final class Storage: Sendable {
    @usableFromInline let fields: Fields
    @usableFromInline init(_ fields: Fields) { self.fields = fields }
    /// Holds nothing: stands in while a field changes, so the old box can go.
    @usableFromInline static let placeholder = Storage(Fields(line: 0))
  }

  @usableFromInline var storage: Storage

  /// The fields, taken out for a change: when no other copy holds the box it goes, so its lists
  /// are not copied when they grow.
  @inlinable mutating func takeFields() -> Fields {
    let f = storage.fields
    storage = Storage.placeholder
    return f
  }

  public static func == (a: CensusEpisode, b: CensusEpisode) -> Bool {
    a.storage === b.storage || a.storage.fields == b.storage.fields
  }

  public func hash(into hasher: inout Hasher) { storage.fields.hash(into: &hasher) }
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
