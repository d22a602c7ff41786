import SafeguardCore
import SafeguardKernels
import SafeguardKernelsXML

/// The state of one CIN census read: walks the elements with `XMLTextReader` and builds the
/// `CensusReturn`, one child at a time.
final class CINCensusParse {
  let xml: XMLTextReader
  let name: String
  let children: ChildRegistry
  let tags: CINElementTable
  /// Makes the short texts (dates, codes) once each, not once per element.
  let strings = ShortStrings()
  var census: CensusReturn
  var findings: [Finding] = []
  /// The current child's registry index once its `LAchildID` is read, for findings.
  var currentChild: Int32?
  private var warnedUnknown: Set<String> = []
  private var layoutWarned = false
  /// Who takes the children in batches as they are read, and how many have been handed over.
  private let batches: CINCensusReader.Batches?
  private var handedOver = 0

  init(xml: XMLTextReader, name: String, children: ChildRegistry, batches: CINCensusReader.Batches?) {
    self.xml = xml
    self.name = name
    self.children = children
    self.batches = batches
    tags = CINElementTable(xml)
    census = CensusReturn(file: name)
  }

  // MARK: Document, header

  /// Reads the whole document from its root `Message`.
  func document() throws {
    while try xml.read(), xml.kind != .element {}
    guard xml.kind == .element else { return }
    guard tags[xml.localName] == .message else {
      throw RunFailure(
        .dataError,
        "\(name):\(xml.line): the root element is <\(xml.localNameString)>, not <Message>; this is not a CIN census file"
      )
    }
    try xml.forEachChild { el in
      switch tags[el] {
      case .header: try header()
      case .children:
        census.childrenLine = Int32(xml.line)
        try xml.forEachChild { tags[$0] == .child ? try self.child() : try unknown() }
      default: try unknown()
      }
    }
    // Read on to the end, so what follows the root element (a second return pasted after the
    // first) is an error libxml2 reports, never text silently left unread.
    while try xml.read() {}
  }

  private func header() throws {
    census.header.line = Int32(xml.line)
    try xml.forEachChild { el in
      switch tags[el] {
      case .collectionDetails:
        try xml.forEachChild { el in
          switch tags[el] {
          case .year:
            let line = xml.line
            census.header.year = try element { b in
              if let year = Int(String(decoding: b, as: UTF8.self)), (1900...2100).contains(year) { return year }
              return nil
            }
            if census.header.year.value == nil {
              note(
                CINRules.badHeader, line, field: "Year",
                value: census.header.year.text.flatMap { $0.isEmpty ? nil : $0 },
                "the census year is not a year; it is ignored")
            }
          case .referenceDate: census.header.referenceDate = try date("ReferenceDate")
          case .collection: census.header.collection = try string()
          default: try unknown()
          }
        }
      case .source:
        try xml.forEachChild { el in
          switch tags[el] {
          case .lea:
            let line = xml.line
            census.header.lea = try string()
            if census.header.lea.value.flatMap(LACode.init) == nil {
              note(
                CINRules.badHeader, line, field: "LEA", value: census.header.lea.value,
                "the LA number is not three digits; it is ignored")
            }
          case .sourceLevel: census.header.sourceLevel = try string()
          case .softwareCode: census.header.softwareCode = try string()
          case .release: census.header.release = try string()
          case .serialNo: census.header.serialNo = try string()
          case .dateTime: census.header.dateTime = try string()
          default: try unknown()
          }
        }
      default: try unknown()
      }
    }
  }

  // MARK: Child

  private func child() throws {
    let line = xml.line
    currentChild = nil
    // Built as plain fields and wrapped once (a change to a wrapped record makes a new box).
    var c = CensusChild.Fields(line: Int32(line))
    try xml.forEachChild { el in
      switch tags[el] {
      case .childIdentifiers: try identifiers(&c)
      case .childCharacteristics:
        try xml.forEachChild { el in
          switch tags[el] {
          case .ethnicity: c.ethnicity = try upperCode()
          case .disabilities:
            try xml.forEachChild { el in
              guard tags[el] == .disability else { return try unknown() }
              c.disabilities.append(try upperCode())
            }
          default: try unknown()
          }
        }
      case .cinDetails: c.episodes.append(try episode())
      default: try unknown()
      }
    }
    c.index = currentChild
    if currentChild == nil {
      let dropped = c.episodes.count
      note(
        CINRules.missingChildID, line, field: "LAchildID", value: nil,
        "the child has no LAchildID, so the child and its \(dropped) CIN episode\(dropped == 1 ? "" : "s") are left out"
      )
    }
    census.children.append(CensusChild(c))
    if let batches, census.children.count - handedOver == batches.size {
      batches.take(Array(census.children[handedOver...]), census.header)
      handedOver = census.children.count
    }
  }

  private func identifiers(_ c: inout CensusChild.Fields) throws {
    try xml.forEachChild { el in
      switch tags[el] {
      case .laChildID:
        c.laChildID = try element { b in
          currentChild = children.intern(bytes: b)
          return String(decoding: b, as: UTF8.self)
        }
      case .upn: c.upn = try string()
      case .formerUPN: c.formerUPN = try string()
      case .upnUnknown: c.upnUnknown = try string()
      case .personBirthDate: c.birthDate = try date("PersonBirthDate")
      case .expectedPersonBirthDate: c.expectedBirthDate = try date("ExpectedPersonBirthDate")
      case .personDeathDate: c.deathDate = try date("PersonDeathDate")
      case .genderCurrent:
        layout("GenderCurrent")
        c.genderCurrent = try sex("GenderCurrent")
      case .sex:
        layout("Sex")
        c.sex = try sex("Sex")
      default: try unknown()
      }
    }
  }

  private func layout(_ found: String) {
    if census.layout == "none" {
      census.layout = found
    } else if census.layout != found && !layoutWarned {
      layoutWarned = true
      note(
        CINRules.mixedLayout, xml.line, field: found, value: nil,
        "the file uses both GenderCurrent and Sex; each child's value is read as written")
    }
  }

  // MARK: CIN episode and its modules

  private func episode() throws -> CensusEpisode {
    var e = CensusEpisode.Fields(line: Int32(xml.line))
    try xml.forEachChild { el in
      switch tags[el] {
      case .cinReferralDate: e.referralDate = try date("CINreferralDate")
      case .referralSource: e.referralSource = try code("ReferralSource", CINValues.referralSource)
      case .primaryNeedCode: e.primaryNeed = try upperCode()
      case .cinClosureDate: e.closureDate = try date("CINclosureDate")
      case .reasonForClosure: e.reasonForClosure = try code("ReasonForClosure", CINValues.closure)
      case .dateOfInitialCPC: e.dateOfInitialCPC = try date("DateOfInitialCPC")
      case .referralNFA: e.referralNFA = try yesNo("ReferralNFA")
      case .assessments: e.assessments.append(try assessment())
      case .cinPlanDates:
        var plan = CensusCINPlan(line: Int32(xml.line))
        try xml.forEachChild { el in
          switch tags[el] {
          case .cinPlanStartDate: plan.start = try date("CINPlanStartDate")
          case .cinPlanEndDate: plan.end = try date("CINPlanEndDate")
          default: try unknown()
          }
        }
        e.cinPlans.append(plan)
      case .section47: e.section47s.append(try section47())
      case .childProtectionPlans: e.plans.append(try protectionPlan())
      default: try unknown()
      }
    }
    if e.referralDate.value == nil {
      note(
        CINRules.missingReferralDate, Int(e.line), field: "CINreferralDate", value: nil,
        "the CIN episode has no readable referral date, so it is left out of the figures that need it")
    }
    return CensusEpisode(e)
  }

  private func assessment() throws -> CensusAssessment {
    var a = CensusAssessment(line: Int32(xml.line))
    try xml.forEachChild { el in
      switch tags[el] {
      case .assessmentActualStartDate: a.start = try date("AssessmentActualStartDate")
      case .assessmentInternalReviewDate: a.internalReview = try date("AssessmentInternalReviewDate")
      case .assessmentAuthorisationDate: a.authorised = try date("AssessmentAuthorisationDate")
      case .factorsIdentifiedAtAssessment:
        try xml.forEachChild { el in
          guard tags[el] == .assessmentFactors else { return try unknown() }
          a.factors.append(try upperCode())
        }
      default: try unknown()
      }
    }
    return a
  }

  private func section47() throws -> CensusSection47 {
    var s = CensusSection47(line: Int32(xml.line))
    try xml.forEachChild { el in
      switch tags[el] {
      case .s47ActualStartDate: s.start = try date("S47ActualStartDate")
      case .initialCPCtarget: s.icpcTarget = try date("InitialCPCtarget")
      case .dateOfInitialCPC: s.icpcDate = try date("DateOfInitialCPC")
      case .icpcNotRequired: s.icpcNotRequired = try yesNo("ICPCnotRequired")
      default: try unknown()
      }
    }
    return s
  }

  private func protectionPlan() throws -> CensusProtectionPlan {
    var p = CensusProtectionPlan(line: Int32(xml.line))
    try xml.forEachChild { el in
      switch tags[el] {
      case .cppStartDate: p.start = try date("CPPstartDate")
      case .cppEndDate: p.end = try date("CPPendDate")
      case .initialCategoryOfAbuse: p.initialCategory = try code("InitialCategoryOfAbuse", CINValues.abuse)
      case .latestCategoryOfAbuse: p.latestCategory = try code("LatestCategoryOfAbuse", CINValues.abuse)
      case .numberOfPreviousCPP: p.previousPlans = try count("NumberOfPreviousCPP")
      case .reviews:
        let line = Int32(xml.line)
        let before = p.reviews.count
        try xml.forEachChild { el in
          guard tags[el] == .cppReviewDate else { return try unknown() }
          p.reviews.append(try date("CPPreviewDate"))
        }
        if p.reviews.count == before { p.emptyReviewGroups.append(line) }
      default: try unknown()
      }
    }
    return p
  }

  /// Skips an element the reader does not know, warning once per element name.
  private func unknown() throws {
    let element = xml.localNameString
    if warnedUnknown.insert(element).inserted {
      note(
        CINRules.unknownElement, xml.line, field: element, value: nil,
        "<\(element)> is not an element this reader knows here; it and everything in it were skipped"
          + " (further ones are skipped without a message)")
    }
    try xml.skipElement()
  }

  /// Turns libxml2's non-fatal messages into findings.
  func reportParserMessages() {
    for d in xml.diagnostics {
      note(CINRules.parserMessage, d.line, field: nil, value: nil, "libxml2 reported: \(d.message)")
    }
  }
}
