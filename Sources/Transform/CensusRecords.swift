import SafeguardCore

/// Derives the records the figures use (`CINCensusFile`: children, CIN episodes, plans and
/// reviews) from a census file as read (`CensusReturn`).
///
/// Only values enter the records: blank and unreadable elements become nil (the reader has
/// reported the unreadable ones). A child without an `LAchildID` is left out with its episodes
/// (reader rule CIN001). Where a child has both `GenderCurrent` and `Sex`, the later one in the
/// file is used; disabilities and assessment factors keep their non-blank codes in file order;
/// review dates are sorted.
public enum CensusRecords {
  /// The records of a file's first children, made while the rest of the file is still being read.
  public struct Part: Sendable {
    /// How many of the file's children (from the first) the part covers, those left out included.
    public fileprivate(set) var count = 0
    public fileprivate(set) var children: [ChildDetails] = []
    public fileprivate(set) var episodes: [CINEpisode] = []

    public init() {}

    /// Adds the records of the next children of the file.
    public mutating func add(_ next: some Collection<CensusChild>) {
      count += next.count
      CensusRecords.add(next, to: &children, &episodes)
    }
  }

  /// The records of `census`.
  /// - Parameter part: the records already made of its first children (`part.count` of them).
  public static func file(from census: CensusReturn, part: consuming Part = Part()) -> CINCensusFile {
    precondition(part.count <= census.children.count, "the part covers more children than the file holds")
    var file = CINCensusFile(file: census.file, header: header(census.header), layout: census.layout)
    // Moved, not shared, so the records of the rest are appended without copying the part's.
    swap(&file.children, &part.children)
    swap(&file.episodes, &part.episodes)
    add(census.children[part.count...], to: &file.children, &file.episodes)
    return file
  }

  /// Appends the records of `children` (a child without an `LAchildID` is left out with its episodes).
  static func add(
    _ children: some Collection<CensusChild>, to details: inout [ChildDetails], _ episodes: inout [CINEpisode]
  ) {
    // Sized once at the start; after that, appends grow the lists geometrically (a reservation per
    // batch would copy them each time).
    if details.isEmpty { details.reserveCapacity(children.count) }
    if episodes.isEmpty { episodes.reserveCapacity(children.reduce(0) { $0 + $1.episodes.count }) }
    for c in children {
      guard let index = c.index else { continue }
      details.append(Self.details(c, index: index))
      for e in c.episodes { episodes.append(episode(e, child: index)) }
    }
  }

  static func header(_ h: CensusHeaderElements) -> CINCensusHeader {
    var out = CINCensusHeader()
    out.year = h.year.value
    out.referenceDate = h.referenceDate.value
    out.la = h.lea.value.flatMap(LACode.init)
    out.sourceLevel = h.sourceLevel.value
    out.softwareCode = h.softwareCode.value
    out.release = h.release.value
    out.serialNumber = h.serialNo.value
    return out
  }

  static func details(_ c: CensusChild, index: Int32) -> ChildDetails {
    var d = ChildDetails(child: index)
    d.upn = c.upn.value
    d.birthDate = c.birthDate.value
    d.expectedBirthDate = c.expectedBirthDate.value
    let sexElement = c.sex.line >= c.genderCurrent.line ? c.sex : c.genderCurrent
    d.sex = sexElement.value.flatMap(Sex.init(censusCode:))
    d.ethnicity = c.ethnicity.value
    d.disabilities = values(c.disabilities)
    d.deathDate = c.deathDate.value
    return d
  }

  static func episode(_ e: CensusEpisode, child: Int32) -> CINEpisode {
    var out = CINEpisode(child: child, line: Int(e.line))
    out.referralDate = e.referralDate.value
    out.referralSource = e.referralSource.value
    out.primaryNeed = e.primaryNeed.value
    out.closureDate = e.closureDate.value
    out.reasonForClosure = e.reasonForClosure.value
    out.icpcDate = e.dateOfInitialCPC.value
    out.nfa = e.referralNFA.value ?? .unknown
    out.assessments = e.assessments.map {
      AssessmentRecord(
        start: $0.start.value, internalReview: $0.internalReview.value, authorised: $0.authorised.value,
        factors: values($0.factors))
    }
    out.cinPlans = e.cinPlans.map { CINPlanDates(start: $0.start.value, end: $0.end.value) }
    out.section47s = e.section47s.map {
      Section47Enquiry(
        start: $0.start.value, icpcTarget: $0.icpcTarget.value, icpcDate: $0.icpcDate.value,
        icpcNotRequired: $0.icpcNotRequired.value ?? .unknown)
    }
    out.plans = e.plans.map {
      ChildProtectionPlan(
        start: $0.start.value, end: $0.end.value, initialCategory: $0.initialCategory.value,
        latestCategory: $0.latestCategory.value, previousPlans: $0.previousPlans.value,
        reviews: values($0.reviews).sorted())
    }
    return out
  }

  /// The values of `elements` in order, blank and unreadable ones left out (`compactMap(\.value)`,
  /// with the list made at its full size at once: most lists hold a value in every element).
  static func values<V>(_ elements: [CensusValue<V>]) -> [V] {
    var out: [V] = []
    out.reserveCapacity(elements.count)
    for e in elements { if let v = e.value { out.append(v) } }
    return out
  }
}
