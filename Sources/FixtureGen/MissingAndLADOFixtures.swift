import SafeguardCore

/// The issue-6 fixtures of the synthetic LA, each part from its own stream: care periods
/// (Annex A list 8), CSC missing episodes, police missing occurrences with the planted
/// reconciliation cases, and LADO contacts; and the facts `Fixtures/README.md` quotes.
struct MissingAndLADOFixtures {
  static var paths: [String] { [CareFiles.path, MissingFiles.path, PoliceMissingFiles.path, LADOFiles.path] }

  let files: [FixtureFile]
  /// `expected/missing_planted.csv`.
  let plantedCSV: String
  let facts: String

  /// `streams` are five fresh generators: care, missing, planted, list 8 answers, LADO.
  init(la: SyntheticLA, streams: [SeededGenerator]) {
    var s = streams
    let care = CareHistory(la: la, rng: &s[0])
    let kids = MissingSimulation.plantedChildren(la: la, care: care)
    var sim = MissingSimulation(la: la, care: care, excluded: Set(kids.all), rng: &s[1])
    let cases = sim.plant(kids, &s[2])
    sim.separateDatesOfBirth(keep: Set(cases.compactMap(\.occurrence)))
    sim.checkPlanted(cases, kids)
    let police = PoliceMissingFiles(sim)
    let csc = MissingFiles(sim, policeRefs: police.refs)
    let (l8, careCounts) = CareFiles.file(sim, &s[3])
    let lado = LADOFiles(&s[4])
    files = [l8, csc.file, police.file, lado.file]
    plantedCSV = MissingFiles.plantedCSV(cases, sim, policeRefs: police.refs)

    var f = "\n### Missing episodes (CSC) and police missing occurrences, 1 April 2023 to 31 December 2024\n\n"
    f += "By quarter of start (CSC `MIS_START`, police `Reported Missing`); own occurrences have Home LA 332 or"
    f += " blank, out-of-area another LA; persons are distinct Person Refs among own occurrences.\n\n"
    f += "| quarter | CSC M | CSC A | children with M | M while looked after | police own | police out of area |"
    f += " persons |\n|---|---:|---:|---:|---:|---:|---:|---:|\n"
    var q = [String: [Int]]()
    var kidsM = [String: Set<Int>]()
    var persons = [String: Set<Int>]()
    for e in sim.episodes {
      let k = DateText.quarter(DateText.day(e.start))
      q[k, default: Array(repeating: 0, count: 6)][e.category == .missing ? 0 : 1] += 1
      if e.category == .missing {
        kidsM[k, default: []].insert(e.child)
        if e.lookedAfter { q[k]![3] += 1 }
      }
    }
    for o in sim.occurrences {
      let k = DateText.quarter(DateText.day(o.reported))
      let own = o.homeLA == "332" || o.homeLA.isEmpty
      q[k, default: Array(repeating: 0, count: 6)][own ? 4 : 5] += 1
      if own { persons[k, default: []].insert(o.person) }
    }
    for (k, v) in q.sorted(by: { $0.key < $1.key }) {
      f +=
        "| \(k) | \(v[0]) | \(v[1]) | \(kidsM[k]?.count ?? 0) | \(v[3]) | \(v[4]) | \(v[5]) | \(persons[k]?.count ?? 0) |\n"
    }
    let ended = sim.episodes.filter { $0.category == .missing && $0.end != nil }
    let offered = ended.filter { $0.rhiOffered == true }
    let accepted = offered.filter { $0.rhiAccepted == true }
    let within = accepted.filter { e in e.rhiDate.map { DateText.day(e.end!).days(to: $0) <= 3 } ?? false }
    f += "\nEnded M episodes: \(ended.count); RHI offered \(offered.count), accepted \(accepted.count), held by the"
    f += " third calendar day after the end \(within.count). Open episodes: "
    f += "\(sim.episodes.filter { $0.end == nil }.count); open occurrences: "
    f += "\(sim.occurrences.filter { $0.found == nil }.count).\n"

    f += "\n### Planted reconciliation cases (`\(MissingFiles.plantedPath)`)\n\n"
    f += "| case | expected | line in `\(PoliceMissingFiles.path)` | line in `\(MissingFiles.path)` |\n"
    f += "|---|---|---:|---:|\n"
    for c in cases {
      let pl = c.occurrence.map { String(police.lines[$0]) } ?? ""
      let cl = c.episode.map { String(csc.lines[$0]) } ?? ""
      f += "| \(c.name) | \(c.expected) | \(pl) | \(cl) |\n"
    }
    f += "\n### Planted bad rows in `\(PoliceMissingFiles.path)`\n\n"
    f += "| line | column | raw value | the pipeline should say |\n|---:|---|---|---|\n"
    for p in police.planted {
      f += "| \(p.line) | \(p.column) | \(p.raw.isEmpty ? "(blank)" : "`\(p.raw)`") | \(p.expected) |\n"
    }

    f += "\n### Annex A list 8 (`\(CareFiles.path)`)\n\n"
    f += "Periods of care: \(careCounts.rows), of which \(careCounts.openAtEnd) still open on 31 December 2024;"
    f += " \(careCounts.withMissing) with a missing episode in 2024.\n"

    f += "\n### LADO contacts (`\(LADOFiles.path)`)\n\n"
    f += "By quarter received (concluded: by quarter of Date Concluded). Referrals still Ongoing: \(lado.ongoing).\n\n"
    f += "| quarter | contacts | referrals | threshold met | meetings | concluded |\n|---|---:|---:|---:|---:|---:|\n"
    for (k, c) in lado.quarters {
      f += "| \(k) | \(c.contacts) | \(c.referrals) | \(c.thresholdMet) | \(c.meetings) | \(c.concluded) |\n"
    }
    f += "\n| line | planted |\n|---:|---|\n"
    for (line, why) in lado.planted { f += "| \(line) | \(why) |\n" }
    facts = f
  }
}
