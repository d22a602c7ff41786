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
      makeUnique()
      yield &storage.fields.line
    }
  }

  /// Index into the run's `ChildRegistry` once `LAchildID` is read; nil without one.
  public var index: Int32? {
    @inlinable _read { yield storage.fields.index }
    @inlinable _modify {
      makeUnique()
      yield &storage.fields.index
    }
  }

  public var laChildID: CensusText {
    @inlinable _read { yield storage.fields.laChildID }
    @inlinable _modify {
      makeUnique()
      yield &storage.fields.laChildID
    }
  }

  public var upn: CensusText {
    @inlinable _read { yield storage.fields.upn }
    @inlinable _modify {
      makeUnique()
      yield &storage.fields.upn
    }
  }

  public var formerUPN: CensusText {
    @inlinable _read { yield storage.fields.formerUPN }
    @inlinable _modify {
      makeUnique()
      yield &storage.fields.formerUPN
    }
  }

  public var upnUnknown: CensusText {
    @inlinable _read { yield storage.fields.upnUnknown }
    @inlinable _modify {
      makeUnique()
      yield &storage.fields.upnUnknown
    }
  }

  public var birthDate: CensusDate {
    @inlinable _read { yield storage.fields.birthDate }
    @inlinable _modify {
      makeUnique()
      yield &storage.fields.birthDate
    }
  }

  public var expectedBirthDate: CensusDate {
    @inlinable _read { yield storage.fields.expectedBirthDate }
    @inlinable _modify {
      makeUnique()
      yield &storage.fields.expectedBirthDate
    }
  }

  /// `GenderCurrent` (1, 2, 0, 9; to 2023/24) as written.
  public var genderCurrent: CensusText {
    @inlinable _read { yield storage.fields.genderCurrent }
    @inlinable _modify {
      makeUnique()
      yield &storage.fields.genderCurrent
    }
  }

  /// `Sex` (M, F, U; from 2024/25) as written.
  public var sex: CensusText {
    @inlinable _read { yield storage.fields.sex }
    @inlinable _modify {
      makeUnique()
      yield &storage.fields.sex
    }
  }

  public var deathDate: CensusDate {
    @inlinable _read { yield storage.fields.deathDate }
    @inlinable _modify {
      makeUnique()
      yield &storage.fields.deathDate
    }
  }

  public var ethnicity: CensusText {
    @inlinable _read { yield storage.fields.ethnicity }
    @inlinable _modify {
      makeUnique()
      yield &storage.fields.ethnicity
    }
  }

  /// Each `Disabilities/Disability`, in file order.
  public var disabilities: [CensusText] {
    @inlinable _read { yield storage.fields.disabilities }
    @inlinable _modify {
      makeUnique()
      yield &storage.fields.disabilities
    }
  }

  public var episodes: [CensusEpisode] {
    @inlinable _read { yield storage.fields.episodes }
    @inlinable _modify {
      makeUnique()
      yield &storage.fields.episodes
    }
  }

  public init(line: Int32) { storage = Storage(Fields(line: line)) }

  // The fields live in one shared box, copied only when a shared copy changes (as `Array`
  // does): the validation rules copy a record many times each, and a copy is one reference
  // instead of one per text field and list.
  @usableFromInline struct Fields: Hashable {
    @usableFromInline init(line: Int32) { self.line = line }
    @usableFromInline var line: Int32
    @usableFromInline var index: Int32?
    @usableFromInline var laChildID: CensusText = .absent
    @usableFromInline var upn: CensusText = .absent
    @usableFromInline var formerUPN: CensusText = .absent
    @usableFromInline var upnUnknown: CensusText = .absent
    @usableFromInline var birthDate: CensusDate = .absent
    @usableFromInline var expectedBirthDate: CensusDate = .absent
    @usableFromInline var genderCurrent: CensusText = .absent
    @usableFromInline var sex: CensusText = .absent
    @usableFromInline var deathDate: CensusDate = .absent
    @usableFromInline var ethnicity: CensusText = .absent
    @usableFromInline var disabilities: [CensusText] = []
    @usableFromInline var episodes: [CensusEpisode] = []
  }

  @usableFromInline final class Storage: @unchecked Sendable {
    @usableFromInline var fields: Fields
    @usableFromInline init(_ fields: Fields) { self.fields = fields }
  }

  @usableFromInline var storage: Storage

  @inlinable mutating func makeUnique() {
    if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
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
      makeUnique()
      yield &storage.fields.line
    }
  }

  public var referralDate: CensusDate {
    @inlinable _read { yield storage.fields.referralDate }
    @inlinable _modify {
      makeUnique()
      yield &storage.fields.referralDate
    }
  }

  public var referralSource: CensusText {
    @inlinable _read { yield storage.fields.referralSource }
    @inlinable _modify {
      makeUnique()
      yield &storage.fields.referralSource
    }
  }

  public var primaryNeed: CensusText {
    @inlinable _read { yield storage.fields.primaryNeed }
    @inlinable _modify {
      makeUnique()
      yield &storage.fields.primaryNeed
    }
  }

  public var closureDate: CensusDate {
    @inlinable _read { yield storage.fields.closureDate }
    @inlinable _modify {
      makeUnique()
      yield &storage.fields.closureDate
    }
  }

  public var reasonForClosure: CensusText {
    @inlinable _read { yield storage.fields.reasonForClosure }
    @inlinable _modify {
      makeUnique()
      yield &storage.fields.reasonForClosure
    }
  }

  public var dateOfInitialCPC: CensusDate {
    @inlinable _read { yield storage.fields.dateOfInitialCPC }
    @inlinable _modify {
      makeUnique()
      yield &storage.fields.dateOfInitialCPC
    }
  }

  public var referralNFA: CensusBool {
    @inlinable _read { yield storage.fields.referralNFA }
    @inlinable _modify {
      makeUnique()
      yield &storage.fields.referralNFA
    }
  }

  public var assessments: [CensusAssessment] {
    @inlinable _read { yield storage.fields.assessments }
    @inlinable _modify {
      makeUnique()
      yield &storage.fields.assessments
    }
  }

  public var cinPlans: [CensusCINPlan] {
    @inlinable _read { yield storage.fields.cinPlans }
    @inlinable _modify {
      makeUnique()
      yield &storage.fields.cinPlans
    }
  }

  public var section47s: [CensusSection47] {
    @inlinable _read { yield storage.fields.section47s }
    @inlinable _modify {
      makeUnique()
      yield &storage.fields.section47s
    }
  }

  public var plans: [CensusProtectionPlan] {
    @inlinable _read { yield storage.fields.plans }
    @inlinable _modify {
      makeUnique()
      yield &storage.fields.plans
    }
  }

  public init(line: Int32) { storage = Storage(Fields(line: line)) }

  // The fields live in one shared box, copied only when a shared copy changes (as `Array`
  // does): the validation rules copy a record many times each, and a copy is one reference
  // instead of one per text field and list.
  @usableFromInline struct Fields: Hashable {
    @usableFromInline init(line: Int32) { self.line = line }
    @usableFromInline var line: Int32
    @usableFromInline var referralDate: CensusDate = .absent
    @usableFromInline var referralSource: CensusText = .absent
    @usableFromInline var primaryNeed: CensusText = .absent
    @usableFromInline var closureDate: CensusDate = .absent
    @usableFromInline var reasonForClosure: CensusText = .absent
    @usableFromInline var dateOfInitialCPC: CensusDate = .absent
    @usableFromInline var referralNFA: CensusBool = .absent
    @usableFromInline var assessments: [CensusAssessment] = []
    @usableFromInline var cinPlans: [CensusCINPlan] = []
    @usableFromInline var section47s: [CensusSection47] = []
    @usableFromInline var plans: [CensusProtectionPlan] = []
  }

  @usableFromInline final class Storage: @unchecked Sendable {
    @usableFromInline var fields: Fields
    @usableFromInline init(_ fields: Fields) { self.fields = fields }
  }

  @usableFromInline var storage: Storage

  @inlinable mutating func makeUnique() {
    if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
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
