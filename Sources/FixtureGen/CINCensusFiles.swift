import CensusSamples
import SafeguardCore

/// The synthetic LA's DfE CIN census returns (`Fixtures/cin-census/`), one per census year.
///
/// Every referral of the simulation is one CIN episode, with the same child, date of birth,
/// gender, ethnicity, referral date and source. The episode's later history (assessment,
/// section 47 enquiry, initial child protection conference, plan, reviews, closure) is drawn
/// once, from its own stream; each file then writes only what happened on or before its
/// `ReferenceDate`, so an episode open at the year end appears again, further on, in the
/// next year's file.
struct CINCensusFiles {
  struct Assessment {
    let start: Day
    let authorised: Day
    let factors: [String]
  }

  struct Section47 {
    let start: Day
    let target: Day
    /// The initial conference, or nil when none was required.
    let icpc: Day?
  }

  struct Plan {
    let start: Day
    let end: Day
    let initialCategory: String
    let latestCategory: String
    let previousPlans: Int
    let reviews: [Day]
  }

  struct Episode {
    let referral: SyntheticLA.Referral
    let primaryNeed: String?
    let assessment: Assessment?
    let cinPlanStart: Day?
    let section47: Section47?
    let plan: Plan?
    let closure: Day
    let reasonForClosure: String
  }

  /// How often an episode's modules occur; the defaults are the bundled fixtures'.
  struct Shape {
    /// Chance of a Section 47 enquiry.
    var section47Percent = 15
    /// Chance of a CIN plan for an episode without a child protection plan.
    var cinPlanPercent = 35
    /// Assessment factors per assessment, by weight.
    var factorCounts = [(1, 45), (2, 35), (3, 20)]
  }

  /// One census year: its file and reference date.
  struct Census {
    let path: String
    let year: Int
    let referenceDate: Day
    /// When the return was (notionally) made, for the header's `DateTime`.
    let madeOn: String
    var start: Day { referenceDate.adding(months: -12).adding(days: 1) }
  }

  /// What one file holds, for the report.
  struct Counts {
    var children = 0
    var episodes = 0
    var assessments = 0
    var section47 = 0
    var icpcs = 0
    var plans = 0
  }

  static let censuses = [
    Census(
      path: "cin-census/cin_census_2022-23.xml", year: 2023, referenceDate: Day(year: 2023, month: 3, day: 31)!,
      madeOn: "2023-05-12T09:30:00"),
    Census(
      path: "cin-census/cin_census_2023-24.xml", year: 2024, referenceDate: Day(year: 2024, month: 3, day: 31)!,
      madeOn: "2024-05-10T09:30:00"),
  ]
  static var paths: [String] { censuses.map(\.path) }

  static let la = "332"

  static let primaryNeeds: [(String, Int)] = [
    ("N1", 520), ("N2", 70), ("N3", 50), ("N4", 120), ("N5", 150), ("N6", 30), ("N7", 10), ("N8", 20), ("N9", 30),
  ]
  static let factors: [(String, Int)] = [
    ("3A", 160), ("3B", 60), ("4B", 120), ("2B", 80), ("1B", 50), ("21", 90), ("4A", 60), ("1C", 20), ("6A", 30),
    ("7A", 20), ("8B", 20), ("22A", 40), ("23A", 30), ("5B", 30), ("14A", 20), ("11A", 15), ("2A", 15),
  ]
  static let categories: [(String, Int)] = [("NEG", 48), ("EMO", 36), ("PHY", 8), ("MUL", 5), ("SAB", 3)]

  let la: SyntheticLA
  let episodes: [Episode]
  /// Children whose yes/no answers are written `1`/`0` rather than `true`/`false`.
  let numericBooleans: Set<Int>

  init(la: SyntheticLA, rng: inout SeededGenerator) {
    self.la = la
    var numeric = Set<Int>()
    for c in la.children.indices where rng.percent(6) { numeric.insert(c) }
    numericBooleans = numeric

    // Each referral's successor for the same child bounds how long its episode can run.
    var next = [Day?](repeating: nil, count: la.referrals.count)
    var lastIndex = [Int: Int]()
    for (i, r) in la.referrals.enumerated() {
      if let j = lastIndex[r.child] { next[j] = r.day }
      lastIndex[r.child] = i
    }
    var plansSoFar = [Int: Int]()
    let calendar = WorkingDayCalendar.england
    var out: [Episode] = []
    out.reserveCapacity(la.referrals.count)
    for (i, r) in la.referrals.enumerated() {
      let child = la.children[r.child]
      // The last day the episode may run to: before the child's next referral and 18th birthday.
      var limit = child.ageOutDay.adding(days: -1)
      if let n = next[i], n.adding(days: -1) < limit { limit = n.adding(days: -1) }
      out.append(
        CINCensusFiles.episode(
          r, limit: limit, plansSoFar: &plansSoFar[r.child, default: 0], calendar: calendar, rng: &rng))
    }
    episodes = out
  }

  /// One referral's episode: NFA referrals close the same day (RC8); the rest draw a need, an
  /// assessment and perhaps a Section 47 enquiry, conference, plan with reviews or CIN plan.
  ///
  /// The closure falls 60 to 400 days after the referral, no later than `limit` unless an event
  /// of the episode runs past it. `plansSoFar` counts the child's earlier plans and is raised by one
  /// when this episode has a plan.
  static func episode(
    _ r: SyntheticLA.Referral, limit: Day, plansSoFar: inout Int, calendar: WorkingDayCalendar,
    shape: Shape = Shape(), rng: inout SeededGenerator
  ) -> Episode {
    if r.nfa {
      return Episode(
        referral: r, primaryNeed: nil, assessment: nil, cinPlanStart: nil, section47: nil, plan: nil,
        closure: r.day, reasonForClosure: "RC8")
    }
    let need = rng.weighted(CINCensusFiles.primaryNeeds)
    let aStart = r.day.adding(days: rng.int(in: 0...3))
    let aEnd = calendar.adding(workingDays: rng.int(in: 5...60), to: aStart)
    var chosen: [String] = []
    let nFactors = rng.weighted(shape.factorCounts)
    while chosen.count < nFactors {
      let f = rng.weighted(CINCensusFiles.factors)
      if !chosen.contains(f) { chosen.append(f) }
    }
    let assessment = Assessment(start: aStart, authorised: aEnd, factors: chosen)
    var mustCloseAfter = aEnd

    var s47: Section47?
    var plan: Plan?
    if rng.percent(shape.section47Percent) {
      let sStart = r.day.adding(days: rng.int(in: 0...10))
      let target = calendar.adding(workingDays: 15, to: sStart)
      var icpc: Day?
      if rng.percent(55) {
        let day = calendar.adding(workingDays: rng.int(in: 5...25), to: sStart)
        icpc = day
        mustCloseAfter = max(mustCloseAfter, day)
        if rng.percent(85) {
          let length = rng.weighted([(30...180, 30), (181...450, 45), (451...900, 25)])
          var end = day.adding(days: rng.int(in: length))
          if limit >= day.adding(days: 30) && end > limit { end = limit }
          let initial = rng.weighted(CINCensusFiles.categories)
          let latest = rng.percent(10) ? rng.weighted(CINCensusFiles.categories) : initial
          var previous = plansSoFar
          if previous == 0 && rng.percent(10) { previous = 1 }
          plansSoFar += 1
          // Reviews: three months after the start, then every six months, while the plan runs.
          var reviews: [Day] = []
          var due = day.adding(months: 3)
          while due < end {
            var held = due
            if rng.percent(6) {
              let late = due.adding(days: rng.int(in: 1...20))
              if late < end { held = late }
            }
            reviews.append(held)
            due = held.adding(months: 6)
          }
          plan = Plan(
            start: day, end: end, initialCategory: initial, latestCategory: latest, previousPlans: previous,
            reviews: reviews)
          mustCloseAfter = max(mustCloseAfter, end)
        }
      }
      s47 = Section47(start: sStart, target: target, icpc: icpc)
      mustCloseAfter = max(mustCloseAfter, sStart)
    }
    var cinPlanStart: Day?
    if plan == nil && rng.percent(shape.cinPlanPercent) {
      let start = aEnd.adding(days: rng.int(in: 0...10))
      cinPlanStart = start
      mustCloseAfter = max(mustCloseAfter, start.adding(days: 14))
    }
    var closure = r.day.adding(days: rng.int(in: 60...400))
    if closure > limit { closure = limit }
    if closure < mustCloseAfter { closure = mustCloseAfter }
    return Episode(
      referral: r, primaryNeed: need, assessment: assessment, cinPlanStart: cinPlanStart, section47: s47,
      plan: plan, closure: closure, reasonForClosure: "RC1")
  }

  /// Both census files, with what each holds.
  func files() -> [(FixtureFile, Counts)] {
    CINCensusFiles.censuses.map(file)
  }

  private func file(_ census: Census) -> (FixtureFile, Counts) {
    let ref = census.referenceDate
    let start = census.start
    // Episodes referred by the reference date and not closed before the year began, by child.
    var byChild = [Int: [Episode]]()
    for e in episodes where e.referral.day <= ref && e.closure >= start {
      byChild[e.referral.child, default: []].append(e)
    }
    var counts = Counts()
    var x = XMLText()
    CINCensusFiles.writeHead(
      &x, census, generatedBy: "`make fixtures` (safeguard-fixtures, fixed seed \(SeededGenerator.defaultSeed))")
    for c in byChild.keys.sorted() {
      CINCensusFiles.writeChild(
        &x, la.children[c], byChild[c]!, referenceDate: ref, layout: .genderCurrent,
        numericBooleans: numericBooleans.contains(c), counts: &counts)
    }
    CINCensusFiles.writeTail(&x)
    let file = FixtureFile(
      path: census.path, bytes: x.bytes, encoding: .utf8, lineEnd: .lf, records: counts.children, lines: x.lines)
    return (file, counts)
  }

  // MARK: XML

  /// How a child's sex is written: `GenderCurrent` 1/2/0 (to 2023/24) or `Sex` M/F/U (from 2024/25).
  enum Layout {
    case genderCurrent
    case sex
  }

  /// The XML declaration, the synthetic-data comment, `Header` and the opening of `Children`.
  static func writeHead(_ x: inout XMLText, _ census: Census, generatedBy: String) {
    x.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    x.raw("<!-- SYNTHETIC DATA: no record describes a real child. Generated by \(generatedBy)")
    x.raw(" for the synthetic LA \(CINCensusFiles.la). -->\n")
    x.open("Message")
    x.open("Header")
    x.open("CollectionDetails")
    x.leaf("Collection", "CIN")
    x.leaf("Year", String(census.year))
    x.leaf("ReferenceDate", census.referenceDate.iso)
    x.close("CollectionDetails")
    x.open("Source")
    x.leaf("SourceLevel", "L")
    x.leaf("LEA", CINCensusFiles.la)
    x.leaf("SoftwareCode", "safeguard-fixtures (synthetic)")
    x.leaf("Release", "1")
    x.leaf("SerialNo", "001")
    x.leaf("DateTime", census.madeOn)
    x.close("Source")
    x.close("Header")
    x.open("Children")
  }

  /// Closes `Children` and `Message`.
  static func writeTail(_ x: inout XMLText) {
    x.close("Children")
    x.close("Message")
  }

  /// One `Child` with its episodes as the return dated `ref` sees them: an event after `ref` is
  /// left out, and an episode closed after it is still open. `disabilities`, when given, are
  /// written under `ChildCharacteristics`.
  static func writeChild(
    _ x: inout XMLText, _ child: SyntheticLA.Child, _ episodes: [Episode], referenceDate ref: Day, layout: Layout,
    numericBooleans: Bool, disabilities: [String] = [], counts: inout Counts
  ) {
    let yes = numericBooleans ? "1" : "true"
    let no = numericBooleans ? "0" : "false"
    counts.children += 1
    x.open("Child")
    x.open("ChildIdentifiers")
    x.leaf("LAchildID", child.id)
    // A UPN with a right check letter whose year of allocation (characters 9 and 10) is 99, which
    // no allocation in these years uses: it passes DfE's format rules and is no real child's.
    x.leaf("UPN", CensusSample.upn(la: CINCensusFiles.la, serial: Int(child.id.dropFirst()) ?? 0))
    x.leaf("PersonBirthDate", child.dob.iso)
    switch layout {
    case .genderCurrent:
      x.leaf("GenderCurrent", child.gender == "M" ? "1" : child.gender == "F" ? "2" : "0")
    case .sex:
      x.leaf("Sex", child.gender == "M" || child.gender == "F" ? child.gender : "U")
    }
    x.close("ChildIdentifiers")
    x.open("ChildCharacteristics")
    x.leaf("Ethnicity", child.ethnicity)
    // DfE asks for NONE when a child has no disability (rule 8540).
    x.open("Disabilities")
    for d in disabilities.isEmpty ? ["NONE"] : disabilities { x.leaf("Disability", d) }
    x.close("Disabilities")
    x.close("ChildCharacteristics")
    for e in episodes {
      counts.episodes += 1
      let r = e.referral
      x.open("CINdetails")
      x.leaf("CINreferralDate", r.day.iso)
      x.leaf("ReferralSource", AnnexAVocabulary.sources[r.source].code)
      if let need = e.primaryNeed { x.leaf("PrimaryNeedCode", need) }
      if e.closure <= ref {
        x.leaf("CINclosureDate", e.closure.iso)
        x.leaf("ReasonForClosure", e.reasonForClosure)
      }
      // The conference date stands in the Section 47 module only: DfE's rule 2884 says one place.
      if let a = e.assessment, a.start <= ref {
        counts.assessments += 1
        x.open("Assessments")
        x.leaf("AssessmentActualStartDate", a.start.iso)
        if a.authorised <= ref {
          x.leaf("AssessmentAuthorisationDate", a.authorised.iso)
          x.open("FactorsIdentifiedAtAssessment")
          for f in a.factors { x.leaf("AssessmentFactors", f) }
          x.close("FactorsIdentifiedAtAssessment")
        }
        x.close("Assessments")
      }
      if let p = e.cinPlanStart, p <= ref {
        x.open("CINPlanDates")
        x.leaf("CINPlanStartDate", p.iso)
        if e.closure <= ref { x.leaf("CINPlanEndDate", e.closure.iso) }
        x.close("CINPlanDates")
      }
      if let s = e.section47, s.start <= ref {
        counts.section47 += 1
        x.open("Section47")
        x.leaf("S47ActualStartDate", s.start.iso)
        x.leaf("InitialCPCtarget", s.target.iso)
        if let icpc = s.icpc, icpc <= ref {
          counts.icpcs += 1
          x.leaf("DateOfInitialCPC", icpc.iso)
        }
        x.leaf("ICPCnotRequired", s.icpc == nil ? yes : no)
        x.close("Section47")
      }
      // The XSD puts ReferralNFA after Section47 and before ChildProtectionPlans.
      x.leaf("ReferralNFA", r.nfa ? yes : no)
      if let p = e.plan, p.start <= ref {
        counts.plans += 1
        x.open("ChildProtectionPlans")
        x.leaf("CPPstartDate", p.start.iso)
        if p.end <= ref { x.leaf("CPPendDate", p.end.iso) }
        x.leaf("InitialCategoryOfAbuse", p.initialCategory)
        x.leaf("LatestCategoryOfAbuse", p.latestCategory)
        x.leaf("NumberOfPreviousCPP", String(p.previousPlans))
        let reviews = p.reviews.filter { $0 <= ref }
        if !reviews.isEmpty {
          x.open("Reviews")
          for d in reviews { x.leaf("CPPreviewDate", d.iso) }
          x.close("Reviews")
        }
        x.close("ChildProtectionPlans")
      }
      x.close("CINdetails")
    }
    x.close("Child")
  }
}

/// A small XML writer, LF line ends. Above `Child` one element per line with one space of
/// indent per level; each `Child` is written whole on one line, which keeps the files small
/// and lets `grep C0001234` show a child's whole record. Values are codes, dates and numbers,
/// so nothing needs escaping. `removeAll` empties the buffer for writers that stream it out.
struct XMLText {
  private(set) var bytes: [UInt8] = []
  private(set) var lines = 0
  private var depth = 0
  /// Depth from which elements run on without line breaks (inside `Children`).
  private let inlineFrom = 2

  init() { bytes.reserveCapacity(1 << 22) }

  /// Empties the buffer, keeping its capacity and the count of lines written so far.
  mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

  mutating func raw(_ s: String) {
    bytes.append(contentsOf: s.utf8)
    lines += s.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
  }

  private mutating func start() {
    if depth <= inlineFrom { bytes.append(contentsOf: repeatElement(0x20, count: depth)) }
  }

  private mutating func end() {
    if depth <= inlineFrom {
      bytes.append(0x0A)
      lines += 1
    }
  }

  mutating func open(_ tag: String) {
    start()
    raw("<\(tag)>")
    if depth < inlineFrom { end() }
    depth += 1
  }

  mutating func close(_ tag: String) {
    depth -= 1
    if depth < inlineFrom { start() }
    raw("</\(tag)>")
    end()
  }

  mutating func leaf(_ tag: String, _ value: String) {
    start()
    raw("<\(tag)>\(value)</\(tag)>")
    end()
  }
}
