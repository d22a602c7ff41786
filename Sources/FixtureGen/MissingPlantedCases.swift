import SafeguardCore

/// One planted reconciliation case: a police occurrence, a CSC episode, or a pair, and what
/// `specs/reconciliation.md` says becomes of it (`expected/missing_planted.csv`).
struct PlantedMissingCase {
  let name: String
  let occurrence: Int?
  let episode: Int?
  /// matched, police_only, csc_only, ambiguous or out_of_area.
  let expected: String
  let note: String
}

/// The planted cases, October to December 2024 (2024-25 Q3) apart from one earlier episode.
///
/// Their children are chosen before the random part and left out of it, so nothing random
/// lands near a planted record; `checkPlanted` stops the generator if the data ever breaks a
/// case (a date of birth that should be unique or shared, a stranger's date of birth).
extension MissingSimulation {
  struct PlantedChildren {
    var policeRef = 0, childID = 0, dobUnique = 0, ambiguousA = 0, ambiguousB = 0
    var knownWithEpisode = 0, knownAnnexAOnly = 0, away = 0, midnight = 0, oneDay = 0, twoDays = 0
    var openCSC = 0, openPolice = 0
    var all: [Int] {
      [
        policeRef, childID, dobUnique, ambiguousA, ambiguousB, knownWithEpisode, knownAnnexAOnly, away, midnight,
        oneDay, twoDays, openCSC, openPolice,
      ]
    }
  }

  /// Distinct children aged 12 to 16 on 1 November 2024 with a referral; only `away` is in care
  /// (throughout August to December 2024), the others never are.
  static func plantedChildren(la: SyntheticLA, care: CareHistory) -> PlantedChildren {
    let midQuarter = Day(year: 2024, month: 11, day: 1)!
    let eligible = la.children.indices.filter {
      let c = la.children[$0]
      return c.dob.adding(months: 144) <= midQuarter && midQuarter < c.dob.adding(months: 204)
        && !c.referralDays.isEmpty
    }
    let neverInCare = eligible.filter { care.byChild[$0] == nil }
    var used = Set<Int>()
    func take(_ pool: [Int], _ test: (Int) -> Bool = { _ in true }) -> Int {
      guard let c = pool.first(where: { !used.contains($0) && test($0) }) else {
        fatalError("planted missing cases: no child left for a case; change the seed or the rules")
      }
      used.insert(c)
      return c
    }
    var k = PlantedChildren()
    var dobCount = [Day: Int]()
    for c in la.children { dobCount[c.dob, default: 0] += 1 }
    k.dobUnique = take(neverInCare) { dobCount[la.children[$0].dob] == 1 }
    var byDOBSex = [String: [Int]]()
    for c in neverInCare where la.children[c].gender != "U" {
      byDOBSex[la.children[c].dob.iso + la.children[c].gender, default: []].append(c)
    }
    guard
      let pair = neverInCare.lazy.compactMap({ c -> [Int]? in
        let same = byDOBSex[la.children[c].dob.iso + la.children[c].gender] ?? []
        return same.count >= 2 ? Array(same.prefix(2)) : nil
      }).first
    else { fatalError("planted missing cases: no two children share a date of birth and sex") }
    k.ambiguousA = take(pair) { $0 == pair[0] }
    k.ambiguousB = take(pair) { $0 == pair[1] }
    let august = Day(year: 2024, month: 8, day: 1)!
    k.away = take(eligible) { c in
      care.byChild[c]?.contains { care.periods[$0].start < august && care.periods[$0].ceased == nil } ?? false
    }
    k.policeRef = take(neverInCare)
    k.childID = take(neverInCare)
    k.knownWithEpisode = take(neverInCare)
    k.knownAnnexAOnly = take(neverInCare)
    k.midnight = take(neverInCare)
    k.oneDay = take(neverInCare)
    k.twoDays = take(neverInCare)
    k.openCSC = take(neverInCare)
    k.openPolice = take(neverInCare)
    return k
  }

  /// Adds the planted records and returns the cases, in the order of `expected/missing_planted.csv`.
  mutating func plant(_ k: PlantedChildren, _ rng: inout SeededGenerator) -> [PlantedMissingCase] {
    func t(_ m: Int, _ d: Int, _ h: Int, _ min: Int) -> Int64 {
      DateText.minutes(Day(year: 2024, month: m, day: d)!, h, min)
    }
    func episode(_ c: Int, _ start: Int64, _ end: Int64?, _ cat: MissingCategory = .missing) -> Int {
      let i = add(c, cat, start: start, end: end, lookedAfter: care.period(of: c, on: DateText.day(start)) != nil, &rng)
      episodes[i].style = .dmyHM
      return i
    }
    func police(
      _ person: Int, child: Int?, id: Bool, _ reported: Int64, _ found: Int64?, home: String = "332",
      dob: Day? = nil, from: MissingFrom = .home
    ) -> Int {
      let c = child.map { la.children[$0] }
      return addOccurrence(
        Occurrence(
          person: person, child: child, childIDWritten: id, dob: dob ?? c!.dob, sex: c?.gender ?? "F",
          reported: reported, found: found, risk: .medium, from: from, homeLA: home))
    }
    var cases: [PlantedMissingCase] = []
    func pair(_ name: String, _ o: Int, _ e: Int, _ note: String) {
      cases.append(PlantedMissingCase(name: name, occurrence: o, episode: e, expected: "matched", note: note))
    }

    let refE = episode(k.policeRef, t(10, 7, 19, 10), t(10, 7, 23, 40))
    let refO = police(k.policeRef, child: k.policeRef, id: true, t(10, 10, 8, 5), t(10, 10, 12, 30))
    episodes[refE].occurrence = refO
    episodes[refE].writesPoliceRef = true
    pair("police_ref", refO, refE, "POLICE_REF on the CSC row; starts three days apart, no overlap")
    pair(
      "child_id_overlap", police(k.childID, child: k.childID, id: true, t(10, 14, 17, 20), t(10, 14, 21, 30)),
      episode(k.childID, t(10, 14, 16, 30), t(10, 14, 21, 45)), "same LA Child ID, intervals overlap")
    pair(
      "dob_unique", police(k.dobUnique, child: k.dobUnique, id: false, t(10, 21, 14, 10), t(10, 21, 19, 0)),
      episode(k.dobUnique, t(10, 21, 13, 0), t(10, 21, 19, 30)),
      "no LA Child ID; the only CSC child with this date of birth")

    let ambO = police(k.ambiguousA, child: k.ambiguousA, id: false, t(11, 4, 19, 0), t(11, 4, 22, 30))
    cases.append(
      PlantedMissingCase(
        name: "dob_ambiguous", occurrence: ambO, episode: nil, expected: "ambiguous",
        note: "no LA Child ID; two CSC children share the date of birth and sex, both missing then"))
    for (c, start, end) in [
      (k.ambiguousA, t(11, 4, 18, 0), t(11, 4, 23, 0)), (k.ambiguousB, t(11, 4, 19, 30), t(11, 4, 22, 50)),
    ] {
      cases.append(
        PlantedMissingCase(
          name: "dob_ambiguous", occurrence: nil, episode: episode(c, start, end), expected: "csc_only",
          note: "one of the two candidates for the ambiguous occurrence"))
    }

    cases.append(
      PlantedMissingCase(
        name: "police_only_known", occurrence: nil,
        episode: episode(k.knownWithEpisode, t(8, 12, 15, 0), t(8, 12, 20, 0)),
        expected: "csc_only", note: "August episode never reported to police (2024-25 Q2)"))
    cases.append(
      PlantedMissingCase(
        name: "police_only_known",
        occurrence: police(
          k.knownWithEpisode, child: k.knownWithEpisode, id: true, t(11, 11, 21, 15), t(11, 12, 1, 30)),
        episode: nil, expected: "police_only", note: "child has a CSC episode in August, none in November"))
    cases.append(
      PlantedMissingCase(
        name: "police_only_known_annex_a",
        occurrence: police(k.knownAnnexAOnly, child: k.knownAnnexAOnly, id: true, t(11, 18, 10, 0), t(11, 18, 16, 45)),
        episode: nil, expected: "police_only",
        note: "child is in the Annex A and census files but has no CSC missing episode at all"))
    // Strangers' dates of birth are set here and moved off any CSC child's by `separateDatesOfBirth`.
    cases.append(
      PlantedMissingCase(
        name: "police_only_unknown",
        occurrence: police(
          stranger(), child: nil, id: false, t(11, 25, 22, 0), t(11, 26, 4, 0), dob: Day(year: 2010, month: 6, day: 3)!),
        episode: nil, expected: "police_only",
        note: "child unknown to CSC: no LA Child ID, date of birth of no CSC child"))
    cases.append(
      PlantedMissingCase(
        name: "csc_away_unreported", occurrence: nil,
        episode: episode(k.away, t(11, 29, 21, 30), t(11, 30, 1, 0), .away),
        expected: "csc_only", note: "looked-after child away from placement; never reported to police"))
    cases.append(
      PlantedMissingCase(
        name: "out_of_area",
        occurrence: police(
          stranger(), child: nil, id: false, t(12, 3, 18, 0), t(12, 3, 23, 0), home: "335",
          dob: Day(year: 2009, month: 2, day: 17)!, from: .care),
        episode: nil, expected: "out_of_area", note: "placed here by LA 335; counted only as out of area"))
    pair(
      "crosses_midnight", police(k.midnight, child: k.midnight, id: true, t(11, 16, 0, 20), t(11, 16, 2, 55)),
      episode(k.midnight, t(11, 15, 22, 40), t(11, 16, 3, 10)), "CSC 22:40 to 03:10; police report after midnight")
    pair(
      "start_one_day_apart", police(k.oneDay, child: k.oneDay, id: true, t(11, 21, 9, 0), t(11, 21, 11, 0)),
      episode(k.oneDay, t(11, 20, 16, 0), t(11, 20, 18, 30)), "no overlap; start dates one calendar day apart")
    cases.append(
      PlantedMissingCase(
        name: "start_two_days_apart", occurrence: nil, episode: episode(k.twoDays, t(12, 2, 16, 0), t(12, 2, 18, 30)),
        expected: "csc_only", note: "no overlap; start dates two calendar days apart"))
    cases.append(
      PlantedMissingCase(
        name: "start_two_days_apart",
        occurrence: police(k.twoDays, child: k.twoDays, id: true, t(12, 4, 9, 0), t(12, 4, 11, 0)), episode: nil,
        expected: "police_only", note: "no overlap; start dates two calendar days apart"))
    pair(
      "open_csc", police(k.openCSC, child: k.openCSC, id: true, t(12, 31, 2, 0), t(12, 31, 11, 0)),
      episode(k.openCSC, t(12, 29, 21, 0), nil), "CSC episode open (no MIS_END); overlaps only because it runs on")
    pair(
      "open_police", police(k.openPolice, child: k.openPolice, id: true, t(12, 31, 0, 30), nil),
      episode(k.openPolice, t(12, 30, 23, 0), t(12, 31, 20, 0)), "police occurrence open (no Found)")
    return cases
  }

  /// Stops the generator when the data breaks a planted case.
  func checkPlanted(_ cases: [PlantedMissingCase], _ k: PlantedChildren) {
    func fail(_ why: String) -> Never { fatalError("planted missing case broken: " + why) }
    let inCSC = Set(episodes.map(\.child))
    func cscChildren(born dob: Day) -> [Int] { inCSC.filter { la.children[$0].dob == dob }.sorted() }
    let planted = Set(cases.compactMap(\.episode))
    let plantedOccurrences = Set(cases.compactMap(\.occurrence))
    for c in k.all {
      if episodes.indices.contains(where: { episodes[$0].child == c && !planted.contains($0) }) {
        fail("child \(la.children[c].id) has a random episode")
      }
      if occurrences.indices.contains(where: { occurrences[$0].child == c && !plantedOccurrences.contains($0) }) {
        fail("child \(la.children[c].id) has a random police occurrence")
      }
    }
    if cscChildren(born: la.children[k.dobUnique].dob) != [k.dobUnique] { fail("dob_unique is not unique") }
    let a = la.children[k.ambiguousA]
    let b = la.children[k.ambiguousB]
    if a.dob != b.dob || a.gender != b.gender || a.gender == "U" { fail("dob_ambiguous children differ") }
    if cscChildren(born: a.dob).count < 2 { fail("dob_ambiguous has fewer than two CSC candidates") }
    if inCSC.contains(k.knownAnnexAOnly) { fail("police_only_known_annex_a child has an episode") }
    for p in cases where p.expected == "out_of_area" || p.name == "police_only_unknown" {
      let o = occurrences[p.occurrence!]
      if !cscChildren(born: o.dob).isEmpty { fail("\(p.name) shares a date of birth with a CSC child") }
    }
  }
}
