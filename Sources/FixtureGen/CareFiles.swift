import SafeguardCore

/// Annex A list 8 (`annex-a-journey/L8_children_in_care_2022-24.csv`) from `CareHistory`: every
/// period of care open at any time from 1 April 2022 to 31 December 2024, as the list reads on
/// 31 December 2024 (a period still running has no ceased date or reason), by start date.
///
/// The missing and away counts are the child's CSC episodes (`MissingSimulation`) starting in
/// 2024, the 12 months to 31 December 2024, while in this period; the return interview
/// answers are those of the last such missing episode (blank when there is none or it is still
/// open). Everything else (legal status, reviews, visits, placements) is drawn from a stream
/// of its own: SSDA903 codes, plausible dates, no real place or provider.
struct CareFiles {
  static let path = "annex-a-journey/L8_children_in_care_2022-24.csv"
  static let from = Day(year: 2022, month: 4, day: 1)!
  static let countsFrom = Day(year: 2024, month: 1, day: 1)!

  static let header =
    AnnexAJourneyFiles.common + [
      "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)", "Does the Child have a Disability",
      "Date Started to be Looked After", "Child's Category of Need",
      "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)",
      "Start date of current legal status", "Child's Legal Status", "Date of Latest Statutory Review",
      "Date of Last Social Work Visit", "What is the permanence plan for this child?",
      "Date of Last IRO Visit / Contact to the Child", "Date of Last Health Assessment", "Date of Last Dental Check",
      "Number of Placements in the Last 12 months", "Date Ceased to be Looked After",
      "Reason Ceased to be Looked After", "Start Date of Most Recent Placement", "Placement Type", "Placement Provider",
      "Placement postcode", "URN of Placement", "Placement Location", "LA of Placement",
      "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
      "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months",
      "Was the child offered a Return Interview after their last missing episode (Y/N)?",
      "Did the child accept a Return Interview after their last missing episode (Y/N)?", "Allocated Team",
      "Allocated Worker",
    ]

  /// What the file holds, for the report.
  struct Counts {
    var rows = 0
    var openAtEnd = 0
    var withMissing = 0
  }

  static func file(_ sim: MissingSimulation, _ rng: inout SeededGenerator) -> (FixtureFile, Counts) {
    let la = sim.la
    let care = sim.care
    var episodesOf = [Int: [MissingSimulation.Episode]]()
    for e in sim.episodes { episodesOf[e.child, default: []].append(e) }
    func yn(_ b: Bool) -> String { b ? "Y" : "N" }
    var doc = CSVDocument(lineEnd: .lf)
    doc.append(CareFiles.header)
    var counts = Counts()
    for (index, p) in care.periods.enumerated() where (p.ceased ?? CareHistory.asAt) >= CareFiles.from {
      let child = la.children[p.child]
      let ref = p.ceased ?? CareHistory.asAt
      let age = DateText.age(child.dob, at: p.start)
      let inPeriod = (episodesOf[p.child] ?? []).filter {
        let d = DateText.day($0.start)
        return d >= CareFiles.countsFrom && care.period(of: p.child, on: d) == index
      }
      let missing = inPeriod.filter { $0.category == .missing }
      let last = missing.max { $0.start < $1.start }
      let earlier = care.byChild[p.child]!.contains {
        care.periods[$0].ceased.map { $0 < p.start && $0 >= p.start.adding(months: -12) } ?? false
      }

      let reason = p.ceased.map { _ in CareFiles.reasonCeased(agedOut: p.agedOut, age: age, &rng) } ?? ""
      var legal = rng.weighted([("C1", 45), ("V2", 35), ("C2", 12), ("L2", 5), ("J1", 3)])
      var legalStart = p.start
      if reason == "E11" {
        legal = "E1"
        legalStart = max(p.start, ref.adding(days: -rng.int(in: 200...400)))
      } else if legal == "C1" && p.start.days(to: ref) > 200 {
        legal = "C2"
        legalStart = p.start.adding(days: rng.int(in: 120...200))
      }
      var review: Day? = p.start.adding(days: 20)
      if review! > ref { review = nil }
      var next = review.map { $0.adding(months: 3) }
      while let n = next, n <= ref {
        review = n
        next = n.adding(months: 6)
      }
      func before(_ days: ClosedRange<Int>, notBefore: Day) -> String {
        let d = ref.adding(days: -rng.int(in: days))
        return d >= notBefore ? DateText.dmy(d) : ""
      }
      let placements = rng.weighted([(1, 65), (2, 22), (3, 9), (4, 4)])
      let placementStart = placements == 1 ? p.start : max(p.start, ref.adding(days: -rng.int(in: 1...330)))
      let type =
        age < 10
        ? rng.weighted([("U4", 30), ("U6", 25), ("U1", 15), ("U3", 8), ("R1", 10), ("A6", 10), ("K2", 2)])
        : rng.weighted([("U4", 25), ("U6", 20), ("U1", 8), ("K2", 25), ("H5", 12), ("P2", 5), ("R1", 5)])
      let provider = rng.weighted(type == "K2" ? [("PR4", 70), ("PR1", 30)] : [("PR1", 60), ("PR4", 35), ("PR5", 5)])
      let inArea = rng.percent(65)
      let postcode = "XX\(rng.int(in: 1...9)) \(rng.int(in: 1...9))XX"
      let urn = type == "K2" ? "SCX" + String(rng.int(in: 10_000...99_999)) : ""
      let team =
        age >= 16
        ? "Care Leavers Team" : rng.weighted([("Children in Care Team 1", 1), ("Children in Care Team 2", 1)])
      doc.append(
        AnnexAJourneyFiles.commonFields(child, at: p.start) + [
          yn(age >= 14 && rng.percent(5)), yn(rng.percent(10)), DateText.dmy(p.start),
          rng.weighted([("N1", 60), ("N2", 5), ("N3", 4), ("N4", 16), ("N5", 8), ("N6", 2), ("N7", 1), ("N8", 4)]),
          yn(earlier), DateText.dmy(legalStart), legal, review.map(DateText.dmy) ?? "",
          before(0...42, notBefore: p.start),
          rng.weighted([
            ("a) Return to family", 20), ("b) Adoption", 10), ("c) SGO/CAO", 10), ("f) Long-term fostering", 45),
            ("d) Supported living in the community", 10), ("g) Other", 5),
          ]), before(0...120, notBefore: p.start), before(0...330, notBefore: p.start.adding(days: 20)),
          age >= 3 ? before(0...330, notBefore: p.start.adding(days: 60)) : "", String(placements),
          p.ceased.map(DateText.dmy) ?? "", reason, DateText.dmy(placementStart), type, provider, postcode, urn,
          inArea ? "In" : "Out", inArea ? "332" : rng.weighted(MissingSimulation.otherLAs), String(missing.count),
          String(inPeriod.count - missing.count), last?.rhiOffered.map(yn) ?? "", last?.rhiAccepted.map(yn) ?? "",
          team, AnnexAVocabulary.worker(61 + rng.below(30)),
        ])
      counts.rows += 1
      if p.ceased == nil { counts.openAtEnd += 1 }
      if !missing.isEmpty { counts.withMissing += 1 }
    }
    return (
      FixtureFile(
        path: CareFiles.path, bytes: TextEncoding.utf8.encode(doc.text), encoding: .utf8, lineEnd: .lf,
        records: doc.dataRecords, lines: doc.physicalLines), counts
    )
  }

  /// An SSDA903 reason episode ceased: at 18, staying put, independent living or other; young
  /// children mostly home, adoption or a special guardianship order; older ones mostly home.
  private static func reasonCeased(agedOut: Bool, age: Int, _ rng: inout SeededGenerator) -> String {
    if agedOut { return rng.weighted([("E17", 30), ("E5", 30), ("E8", 20), ("E13", 20)]) }
    if age < 10 {
      return rng.weighted([("E11", 25), ("E4A", 30), ("E43", 15), ("E44", 10), ("E41", 10), ("E8", 10)])
    }
    return rng.weighted([("E4A", 45), ("E13", 15), ("E4B", 15), ("E44", 10), ("E8", 10), ("E9", 5)])
  }
}
