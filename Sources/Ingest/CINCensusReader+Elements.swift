import SafeguardCore

/// The state of one CIN census read: walks the elements with `XMLTextReader` and builds the
/// `CINCensusFile`, one child at a time.
final class CINCensusParse {
  let xml: XMLTextReader
  let name: String
  let children: ChildRegistry
  let tags: CINElementTable
  var file: CINCensusFile
  var findings: [Finding] = []
  /// The current child's registry index once its `LAchildID` is read, for findings.
  var currentChild: Int32?
  private var warnedUnknown: Set<String> = []
  private var layoutWarned = false

  init(xml: XMLTextReader, name: String, children: ChildRegistry) {
    self.xml = xml
    self.name = name
    self.children = children
    tags = CINElementTable(xml)
    file = CINCensusFile(file: name, header: CINCensusHeader(), layout: "none")
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
      case .children: try xml.forEachChild { tags[$0] == .child ? try self.child() : try unknown() }
      default: try unknown()
      }
    }
  }

  private func header() throws {
    try xml.forEachChild { el in
      switch tags[el] {
      case .collectionDetails:
        try xml.forEachChild { el in
          switch tags[el] {
          case .year:
            let line = xml.line
            let text = try string()
            if let year = text.flatMap({ Int($0) }), (1900...2100).contains(year) {
              file.header.year = year
            } else {
              note(CINRules.badHeader, line, field: "Year", value: text, "the census year is not a year; it is ignored")
            }
          case .referenceDate: file.header.referenceDate = try date("ReferenceDate")
          case .collection: try xml.skipElement()
          default: try unknown()
          }
        }
      case .source:
        try xml.forEachChild { el in
          switch tags[el] {
          case .lea:
            let line = xml.line
            let text = try string()
            file.header.la = text.flatMap(LACode.init)
            if file.header.la == nil {
              note(
                CINRules.badHeader, line, field: "LEA", value: text, "the LA number is not three digits; it is ignored")
            }
          case .sourceLevel: file.header.sourceLevel = try string()
          case .softwareCode: file.header.softwareCode = try string()
          case .release: file.header.release = try string()
          case .serialNo: file.header.serialNumber = try string()
          case .dateTime: try xml.skipElement()
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
    var details = ChildDetails(child: -1)
    let firstEpisode = file.episodes.count
    try xml.forEachChild { el in
      switch tags[el] {
      case .childIdentifiers: try identifiers(&details)
      case .childCharacteristics:
        try xml.forEachChild { el in
          switch tags[el] {
          case .ethnicity: details.ethnicity = try upperCode()
          case .disabilities:
            try xml.forEachChild { el in
              guard tags[el] == .disability else { return try unknown() }
              if let d = try upperCode() { details.disabilities.append(d) }
            }
          default: try unknown()
          }
        }
      case .cinDetails: try episode()
      default: try unknown()
      }
    }
    guard let id = currentChild else {
      let dropped = file.episodes.count - firstEpisode
      file.episodes.removeSubrange(firstEpisode...)
      note(
        CINRules.missingChildID, line, field: "LAchildID", value: nil,
        "the child has no LAchildID, so the child and its \(dropped) CIN episode\(dropped == 1 ? "" : "s") are left out"
      )
      return
    }
    details.child = id
    for i in firstEpisode..<file.episodes.count { file.episodes[i].child = id }
    file.children.append(details)
  }

  private func identifiers(_ details: inout ChildDetails) throws {
    try xml.forEachChild { el in
      switch tags[el] {
      case .laChildID:
        _ = try xml.text { raw in
          let b = CINValues.trimmed(raw)
          if !FieldParsing.isBlank(b) { currentChild = children.intern(bytes: b) }
        }
      case .upn: details.upn = try string()
      case .personBirthDate: details.birthDate = try date("PersonBirthDate")
      case .expectedPersonBirthDate: details.expectedBirthDate = try date("ExpectedPersonBirthDate")
      case .personDeathDate: details.deathDate = try date("PersonDeathDate")
      case .genderCurrent, .sex:
        let field = tags[el] == .sex ? "Sex" : "GenderCurrent"
        layout(field)
        details.sex = try sex(field)
      case .formerUPN, .upnUnknown: try xml.skipElement()
      default: try unknown()
      }
    }
  }

  private func layout(_ found: String) {
    if file.layout == "none" {
      file.layout = found
    } else if file.layout != found && !layoutWarned {
      layoutWarned = true
      note(
        CINRules.mixedLayout, xml.line, field: found, value: nil,
        "the file uses both GenderCurrent and Sex; each child's value is read as written")
    }
  }

  // MARK: CIN episode and its modules

  private func episode() throws {
    var e = CINEpisode(child: -1, line: xml.line)
    try xml.forEachChild { el in
      switch tags[el] {
      case .cinReferralDate: e.referralDate = try date("CINreferralDate")
      case .referralSource: e.referralSource = try code("ReferralSource", CINValues.referralSource)
      case .primaryNeedCode: e.primaryNeed = try upperCode()
      case .cinClosureDate: e.closureDate = try date("CINclosureDate")
      case .reasonForClosure: e.reasonForClosure = try code("ReasonForClosure", CINValues.closure)
      case .dateOfInitialCPC: e.icpcDate = try date("DateOfInitialCPC")
      case .referralNFA: e.nfa = try yesNo("ReferralNFA")
      case .assessments: e.assessments.append(try assessment())
      case .cinPlanDates:
        var plan = CINPlanDates()
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
    if e.referralDate == nil {
      note(
        CINRules.missingReferralDate, e.line, field: "CINreferralDate", value: nil,
        "the CIN episode has no readable referral date, so it is left out of the figures that need it")
    }
    file.episodes.append(e)
  }

  private func assessment() throws -> AssessmentRecord {
    var a = AssessmentRecord()
    try xml.forEachChild { el in
      switch tags[el] {
      case .assessmentActualStartDate: a.start = try date("AssessmentActualStartDate")
      case .assessmentInternalReviewDate: a.internalReview = try date("AssessmentInternalReviewDate")
      case .assessmentAuthorisationDate: a.authorised = try date("AssessmentAuthorisationDate")
      case .factorsIdentifiedAtAssessment:
        try xml.forEachChild { el in
          guard tags[el] == .assessmentFactors else { return try unknown() }
          if let f = try upperCode() { a.factors.append(f) }
        }
      default: try unknown()
      }
    }
    return a
  }

  private func section47() throws -> Section47Enquiry {
    var s = Section47Enquiry()
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

  private func protectionPlan() throws -> ChildProtectionPlan {
    var p = ChildProtectionPlan()
    try xml.forEachChild { el in
      switch tags[el] {
      case .cppStartDate: p.start = try date("CPPstartDate")
      case .cppEndDate: p.end = try date("CPPendDate")
      case .initialCategoryOfAbuse: p.initialCategory = try code("InitialCategoryOfAbuse", CINValues.abuse)
      case .latestCategoryOfAbuse: p.latestCategory = try code("LatestCategoryOfAbuse", CINValues.abuse)
      case .numberOfPreviousCPP: p.previousPlans = try count("NumberOfPreviousCPP")
      case .reviews:
        try xml.forEachChild { el in
          guard tags[el] == .cppReviewDate else { return try unknown() }
          if let d = try date("CPPreviewDate") { p.reviews.append(d) }
        }
      default: try unknown()
      }
    }
    p.reviews.sort()
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
