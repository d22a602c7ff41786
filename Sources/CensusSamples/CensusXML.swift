import SafeguardCore

/// Writes a census model back out as CIN census XML, elements in the schema's order, each value
/// as its `text` (absent elements are left out, blank ones written empty), one child per line.
public enum CensusXML {
  public static func render(_ census: CensusReturn) -> String {
    var x = head(census)
    for c in census.children { x += "    " + child(c) + "\n" }
    return x + tail
  }

  /// The XML declaration, the header and `<Children>`: what comes before the first child.
  public static func head(_ census: CensusReturn) -> String {
    var x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>\n"
    let h = census.header
    x += "  <Header><CollectionDetails>"
    x += leaf("Collection", h.collection) + leaf("Year", h.year) + leaf("ReferenceDate", h.referenceDate)
    x += "</CollectionDetails><Source>"
    x += leaf("SourceLevel", h.sourceLevel) + leaf("LEA", h.lea) + leaf("SoftwareCode", h.softwareCode)
    x += leaf("Release", h.release) + leaf("SerialNo", h.serialNo) + leaf("DateTime", h.dateTime)
    x += "</Source></Header>\n  <Children>\n"
    return x
  }

  /// What comes after the last child.
  public static let tail = "  </Children>\n</Message>\n"

  /// One `<Child>` element on one line.
  public static func child(_ c: CensusChild) -> String {
    var x = "<Child><ChildIdentifiers>"
    x += leaf("LAchildID", c.laChildID) + leaf("UPN", c.upn) + leaf("FormerUPN", c.formerUPN)
    x += leaf("UPNunknown", c.upnUnknown) + leaf("PersonBirthDate", c.birthDate)
    x += leaf("ExpectedPersonBirthDate", c.expectedBirthDate) + leaf("GenderCurrent", c.genderCurrent)
    x += leaf("Sex", c.sex) + leaf("PersonDeathDate", c.deathDate)
    x += "</ChildIdentifiers><ChildCharacteristics>" + leaf("Ethnicity", c.ethnicity)
    if !c.disabilities.isEmpty {
      x += "<Disabilities>" + c.disabilities.map { leaf("Disability", $0) }.joined() + "</Disabilities>"
    }
    x += "</ChildCharacteristics>"
    for e in c.episodes { x += episode(e) }
    return x + "</Child>"
  }

  static func episode(_ e: CensusEpisode) -> String {
    var x = "<CINdetails>"
    x += leaf("CINreferralDate", e.referralDate) + leaf("ReferralSource", e.referralSource)
    x += leaf("PrimaryNeedCode", e.primaryNeed) + leaf("CINclosureDate", e.closureDate)
    x += leaf("ReasonForClosure", e.reasonForClosure) + leaf("DateOfInitialCPC", e.dateOfInitialCPC)
    for a in e.assessments {
      x += "<Assessments>" + leaf("AssessmentActualStartDate", a.start)
      x += leaf("AssessmentInternalReviewDate", a.internalReview) + leaf("AssessmentAuthorisationDate", a.authorised)
      if !a.factors.isEmpty {
        x += "<FactorsIdentifiedAtAssessment>" + a.factors.map { leaf("AssessmentFactors", $0) }.joined()
        x += "</FactorsIdentifiedAtAssessment>"
      }
      x += "</Assessments>"
    }
    for p in e.cinPlans {
      x += "<CINPlanDates>" + leaf("CINPlanStartDate", p.start) + leaf("CINPlanEndDate", p.end) + "</CINPlanDates>"
    }
    for s in e.section47s {
      x += "<Section47>" + leaf("S47ActualStartDate", s.start) + leaf("InitialCPCtarget", s.icpcTarget)
      x += leaf("DateOfInitialCPC", s.icpcDate) + leaf("ICPCnotRequired", s.icpcNotRequired) + "</Section47>"
    }
    x += leaf("ReferralNFA", e.referralNFA)
    for p in e.plans {
      x += "<ChildProtectionPlans>" + leaf("CPPstartDate", p.start) + leaf("CPPendDate", p.end)
      x += leaf("InitialCategoryOfAbuse", p.initialCategory) + leaf("LatestCategoryOfAbuse", p.latestCategory)
      x += leaf("NumberOfPreviousCPP", p.previousPlans)
      if !p.reviews.isEmpty { x += "<Reviews>" + p.reviews.map { leaf("CPPreviewDate", $0) }.joined() + "</Reviews>" }
      for _ in p.emptyReviewGroups { x += "<Reviews></Reviews>" }
      x += "</ChildProtectionPlans>"
    }
    return x + "</CINdetails>"
  }

  static func leaf<V>(_ name: String, _ v: CensusValue<V>) -> String {
    guard let text = v.text else { return "" }
    return "<\(name)>\(escaped(text))</\(name)>"
  }

  static func escaped(_ s: String) -> String {
    guard s.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" }) else { return s }
    return s.replacingAll("&", "&amp;").replacingAll("<", "&lt;").replacingAll(">", "&gt;")
  }
}

extension String {
  fileprivate func replacingAll(_ a: Character, _ b: String) -> String {
    var out = ""
    for ch in self { if ch == a { out += b } else { out.append(ch) } }
    return out
  }
}
