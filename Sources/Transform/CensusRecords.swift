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
  public static func file(from census: CensusReturn) -> CINCensusFile {
    var file = CINCensusFile(file: census.file, header: header(census.header), layout: census.layout)
    file.children.reserveCapacity(census.children.count)
    for c in census.children {
      guard let index = c.index else { continue }
      file.children.append(details(c, index: index))
      for e in c.episodes { file.episodes.append(episode(e, child: index)) }
    }
    return file
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
    d.disabilities = c.disabilities.compactMap(\.value)
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
        factors: $0.factors.compactMap(\.value))
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
        reviews: $0.reviews.compactMap(\.value).sorted())
    }
    return out
  }
}
