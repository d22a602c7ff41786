import SafeguardCore

/// `missing/csc_missing_episodes.csv`: the CSC episodes of `MissingSimulation` in the SSDA903
/// `Missing` layout extended with return home interview fields (`specs/extracts.md` section 3),
/// by child then start; and `expected/missing_planted.csv`, the planted reconciliation cases.
///
/// UTF-8, LF. Dates of birth and interview dates `dd/mm/yyyy`; date-times mostly
/// `dd/mm/yyyy hh:mm`, about 10% of rows `yyyy-mm-dd hh:mm:ss` (interview date `yyyy-mm-dd`)
/// and about 2% dates only. `POLICE_REF` is the police Occurrence Ref when the LA recorded it.
struct MissingFiles {
  static let path = "missing/csc_missing_episodes.csv"
  static let plantedPath = "expected/missing_planted.csv"
  static let header = [
    "CHILD", "DOB", "SEX", "LOOKED_AFTER", "MISSING", "MIS_START", "MIS_END", "RHI_OFFERED", "RHI_ACCEPTED",
    "RHI_DATE", "POLICE_REF",
  ]

  let file: FixtureFile
  /// The physical line of each episode.
  let lines: [Int]

  init(_ sim: MissingSimulation, policeRefs: [String]) {
    let order = sim.episodes.indices.sorted {
      (sim.episodes[$0].child, sim.episodes[$0].start) < (sim.episodes[$1].child, sim.episodes[$1].start)
    }
    func yn(_ b: Bool?) -> String { b.map { $0 ? "Y" : "N" } ?? "" }
    var doc = CSVDocument(lineEnd: .lf)
    doc.append(MissingFiles.header)
    var lines = [Int](repeating: 0, count: sim.episodes.count)
    for i in order {
      let e = sim.episodes[i]
      let child = sim.la.children[e.child]
      let when: (Int64) -> String
      switch e.style {
      case .dmyHM: when = DateText.dmyHM
      case .isoHMS: when = DateText.isoHMS
      case .dateOnly: when = { DateText.dmy(DateText.day($0)) }
      }
      let rhiDate = e.rhiDate.map { e.style == .isoHMS ? DateText.iso($0) : DateText.dmy($0) } ?? ""
      let ref = e.writesPoliceRef ? e.occurrence.map { policeRefs[$0] } ?? "" : ""
      lines[i] = doc.append([
        child.id, DateText.dmy(child.dob), child.gender, e.lookedAfter ? "Y" : "N", e.category.rawValue, when(e.start),
        e.end.map(when) ?? "", yn(e.rhiOffered), yn(e.rhiAccepted), rhiDate, ref,
      ])
    }
    self.lines = lines
    file = FixtureFile(
      path: MissingFiles.path, bytes: TextEncoding.utf8.encode(doc.text), encoding: .utf8, lineEnd: .lf,
      records: doc.dataRecords, lines: doc.physicalLines)
  }

  /// `expected/missing_planted.csv`: case, police_ref, csc_child, csc_start, expected, note.
  static func plantedCSV(_ cases: [PlantedMissingCase], _ sim: MissingSimulation, policeRefs: [String]) -> String {
    var doc = CSVDocument(lineEnd: .lf)
    doc.append(["case", "police_ref", "csc_child", "csc_start", "expected", "note"])
    for p in cases {
      let e = p.episode.map { sim.episodes[$0] }
      doc.append([
        p.name, p.occurrence.map { policeRefs[$0] } ?? "", e.map { sim.la.children[$0.child].id } ?? "",
        e.map { DateText.isoHM($0.start) } ?? "", p.expected, p.note,
      ])
    }
    return doc.text
  }
}
