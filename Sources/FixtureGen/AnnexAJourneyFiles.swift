import SafeguardCore

/// Annex A lists 4, 5, 6 and 7 (`Fixtures/annex-a-journey/`) written from the same simulated
/// episodes as the CIN census returns: the same children, CIN episodes, assessments, enquiries,
/// conferences and plans, with the same dates.
///
/// Lists 4 and 5 hold every record whose index date (assessment start, enquiry start) falls
/// from 1 April 2022 to 31 March 2024; lists 6 and 7 every CIN episode and plan open at any time
/// in that window. All are as the 2023-24 census sees them on 31 March 2024:
/// an authorisation, conference or plan end after that day is left blank, and nothing that
/// starts after it is written. The answers the census does not carry (disability, child seen,
/// statutory visits, emergency protection) are drawn from a stream of their own, so the census
/// files are unchanged; list 6's (last seen, disability of a child the other lists do not hold)
/// from another, so lists 4, 5 and 7 are unchanged by it.
struct AnnexAJourneyFiles {
  static let assessmentsPath = "annex-a-journey/L4_assessments_2022-24.csv"
  static let section47Path = "annex-a-journey/L5_section47_2022-24.csv"
  static let childrenInNeedPath = "annex-a-journey/L6_children_in_need_2022-24.csv"
  static let plansPath = "annex-a-journey/L7_child_protection_2022-24.csv"
  static var paths: [String] { [assessmentsPath, section47Path, childrenInNeedPath, plansPath] }

  static let from = Day(year: 2022, month: 4, day: 1)!
  static let to = Day(year: 2024, month: 3, day: 31)!

  static let common = ["Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)"]
  static let list4Header =
    common + [
      "Does the Child have a Disability", "Continuous Assessment Start Date", "Child Seen During Continuous Assessment",
      "Continuous Assessment Date of Authorisation",
      "Was the child assessed as requiring LA children's social care support?", "Allocated Team", "Allocated Worker",
    ]
  static let list5Header =
    common + [
      "Does the Child have a Disability", "Strategy discussion initiating Section 47 Enquiry Start Date",
      "Was an Initial Child Protection Conference deemed unnecessary?", "Date of Initial Child Protection Conference",
      "Did the Initial Child Protection Conference Result in a Child Protection Plan",
      "Number of Section 47 Enquiries in the last 12 months", "Number of ICPCs in the last 12 months", "Allocated Team",
      "Allocated Worker",
    ]
  static let list6Header =
    common + [
      "Does the Child have a Disability", "CIN Start Date", "Primary Need Code", "Date Child Was Last Seen",
      "CIN Closure Date", "Reason for Closure", "Case Status", "Allocated Team", "Allocated Worker",
    ]
  static let list7Header =
    common + [
      "Does the Child have a Disability", "Child Protection Plan Start Date", "Initial Category of Abuse",
      "Latest Category of Abuse", "Date of the Last Statutory Visit", "Was the Child Seen Alone?",
      "Date of latest review conference", "Child Protection Plan End Date",
      "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
      "Number of Previous Child Protection Plans", "Allocated Team", "Allocated Worker",
    ]

  /// What the four files hold, for the report.
  struct Counts {
    var childrenInNeed = 0
    var assessments = 0
    var section47 = 0
    var icpcs = 0
    var plans = 0
  }

  let census: CINCensusFiles

  /// The five common columns for `child`, with its age in whole years on `day`.
  static func commonFields(_ child: SyntheticLA.Child, at day: Day) -> [String] {
    [child.id, child.gender, child.ethnicity, DateText.dmy(child.dob), String(DateText.age(child.dob, at: day))]
  }

  /// The four files, in `paths` order; lists 4, 5 and 7 draw from `rng`, list 6 from `list6RNG`.
  func files(_ rng: inout SeededGenerator, list6RNG: SeededGenerator) -> ([FixtureFile], Counts) {
    let la = census.la
    let ref = AnnexAJourneyFiles.to
    func inRange(_ d: Day) -> Bool { d >= AnnexAJourneyFiles.from && d <= ref }
    func yn(_ b: Bool) -> String { b ? "Y" : "N" }
    func opt(_ d: Day?) -> String { d.map { $0 <= ref ? DateText.dmy($0) : "" } ?? "" }
    // One disability answer per child, drawn when the child is first written.
    var disabled = [Int: Bool]()
    func disability(_ c: Int, _ rng: inout SeededGenerator) -> String {
      if let d = disabled[c] { return yn(d) }
      let d = rng.percent(8)
      disabled[c] = d
      return yn(d)
    }
    func common(_ c: Int, at day: Day) -> [String] { AnnexAJourneyFiles.commonFields(la.children[c], at: day) }
    var counts = Counts()

    // List 4: assessments, by start date.
    var l4 = CSVDocument(lineEnd: .lf)
    l4.append(AnnexAJourneyFiles.list4Header)
    let assessed = census.episodes.filter { $0.assessment.map { inRange($0.start) } ?? false }
      .sorted { ($0.assessment!.start, $0.referral.child) < ($1.assessment!.start, $1.referral.child) }
    for e in assessed {
      let a = e.assessment!
      let r = e.referral
      let authorised = a.authorised <= ref
      // Support needed when the episode went on to a CIN plan, an enquiry or a CP plan.
      let support = authorised ? yn(e.cinPlanStart != nil || e.section47 != nil || e.plan != nil) : ""
      l4.append(
        common(r.child, at: a.start) + [
          disability(r.child, &rng), DateText.dmy(a.start), yn(!rng.percent(3)), opt(a.authorised), support, r.team,
          r.worker,
        ])
      counts.assessments += 1
    }

    // List 5: Section 47 enquiries, by start date, with the child's enquiries and
    // conferences in the 12 months before each start.
    var l5 = CSVDocument(lineEnd: .lf)
    l5.append(AnnexAJourneyFiles.list5Header)
    let enquired = census.episodes.filter { $0.section47 != nil }
    var s47ByChild = [Int: [Day]]()
    var icpcByChild = [Int: [Day]]()
    for e in enquired {
      s47ByChild[e.referral.child, default: []].append(e.section47!.start)
      if let d = e.section47!.icpc { icpcByChild[e.referral.child, default: []].append(d) }
    }
    for e in enquired.filter({ inRange($0.section47!.start) }).sorted(by: {
      ($0.section47!.start, $0.referral.child) < ($1.section47!.start, $1.referral.child)
    }) {
      let s = e.section47!
      let r = e.referral
      let yearBefore = s.start.adding(months: -12)
      let priorS47 = s47ByChild[r.child, default: []].filter { $0 >= yearBefore && $0 < s.start }.count
      let priorICPC = icpcByChild[r.child, default: []].filter { $0 >= yearBefore && $0 < s.start }.count
      let held = s.icpc.map { $0 <= ref } ?? false
      let resulted = held ? yn(e.plan != nil) : ""
      l5.append(
        common(r.child, at: s.start) + [
          disability(r.child, &rng), DateText.dmy(s.start), yn(s.icpc == nil), opt(s.icpc), resulted, String(priorS47),
          String(priorICPC), r.team, r.worker,
        ])
      counts.section47 += 1
      if held { counts.icpcs += 1 }
    }

    // List 7: child protection plans open at any time from 1 April 2022 to 31 March 2024, by
    // start date. As in a real list 7 (children on a plan at any point of the window), a plan
    // that started earlier and was still open on 1 April 2022 is included: without it the
    // plans open at, or ending in, 2023-24 would be short of those started before the window.
    var l7 = CSVDocument(lineEnd: .lf)
    l7.append(AnnexAJourneyFiles.list7Header)
    let planned = census.episodes.filter {
      $0.plan.map { $0.start <= ref && $0.end >= AnnexAJourneyFiles.from } ?? false
    }
    .sorted { ($0.plan!.start, $0.referral.child) < ($1.plan!.start, $1.referral.child) }
    for e in planned {
      let p = e.plan!
      let r = e.referral
      // The last statutory visit: within ten days before the plan's end, or before 31 March 2024.
      let lastDay = min(p.end, ref)
      var visit = lastDay.adding(days: -rng.int(in: 0...10))
      if visit < p.start { visit = p.start }
      let review = p.reviews.filter { $0 <= ref }.last
      l7.append(
        common(r.child, at: p.start) + [
          disability(r.child, &rng), DateText.dmy(p.start), p.initialCategory, p.latestCategory, DateText.dmy(visit),
          yn(rng.percent(70)), opt(review), opt(p.end), yn(rng.percent(2)), String(p.previousPlans), r.team, r.worker,
        ])
      counts.plans += 1
    }

    // List 6: CIN episodes open at any time in the window, by start date. The disability answer is
    // the one lists 4, 5 and 7 gave the child, else drawn from list 6's own stream, as is the day
    // the child was last seen: up to 20 days before the closure, or before 31 March 2024 while open.
    var l6RNG = list6RNG
    var l6 = CSVDocument(lineEnd: .lf)
    l6.append(AnnexAJourneyFiles.list6Header)
    let inNeed = census.episodes.filter { $0.referral.day <= ref && $0.closure >= AnnexAJourneyFiles.from }
      .sorted { ($0.referral.day, $0.referral.child) < ($1.referral.day, $1.referral.child) }
    for e in inNeed {
      let r = e.referral
      let closed = e.closure <= ref
      let lastDay = min(e.closure, ref)
      let seen = max(r.day, lastDay.adding(days: -l6RNG.int(in: 0...20)))
      l6.append(
        common(r.child, at: r.day) + [
          disability(r.child, &l6RNG), DateText.dmy(r.day), e.primaryNeed ?? "", DateText.dmy(seen),
          closed ? DateText.dmy(e.closure) : "", closed ? e.reasonForClosure : "",
          AnnexAJourneyFiles.caseStatus(e, on: ref), r.team, r.worker,
        ])
      counts.childrenInNeed += 1
    }

    func file(_ path: String, _ doc: CSVDocument) -> FixtureFile {
      FixtureFile(
        path: path, bytes: TextEncoding.utf8.encode(doc.text), encoding: .utf8, lineEnd: .lf,
        records: doc.dataRecords, lines: doc.physicalLines)
    }
    return (
      [
        file(AnnexAJourneyFiles.assessmentsPath, l4), file(AnnexAJourneyFiles.section47Path, l5),
        file(AnnexAJourneyFiles.childrenInNeedPath, l6), file(AnnexAJourneyFiles.plansPath, l7),
      ], counts
    )
  }

  /// List 6's case status on `day` (Annex A's wording, without the letter): closed; on a child
  /// protection plan; assessment not yet authorised; otherwise a child in need plan.
  static func caseStatus(_ e: CINCensusFiles.Episode, on day: Day) -> String {
    if e.closure <= day { return "Closed episode" }
    if let p = e.plan, p.start <= day, p.end > day { return "Child Protection plan" }
    if let a = e.assessment, a.authorised > day { return "Open assessment" }
    return "Child in need plan"
  }
}
