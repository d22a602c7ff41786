import SafeguardCore

/// `missing/police_missing_reports.csv`: the police occurrences of `MissingSimulation` as a
/// force exports them (`specs/extracts.md` section 4), in order of report.
///
/// UTF-8 with BOM, CRLF. Occurrence references run `MP2023/00001` upwards within each year of
/// report; person references number people in order of first report. Occurrences reported
/// before 1 January 2024 write date-times `dd/mm/yyyy hh:mm`, later ones `yyyy-mm-dd hh:mm:ss`
/// (the force changed system); before 1 October 2023 no apparent risk is written `Absent`. Two
/// bad rows are added on top: an impossible Reported Missing and a blank one.
struct PoliceMissingFiles {
  static let path = "missing/police_missing_reports.csv"
  static let header = [
    "Occurrence Ref", "Person Ref", "LA Child ID", "Date of Birth", "Gender", "Reported Missing", "Found",
    "Risk Level", "Missing From", "Home LA",
  ]
  static let isoFrom = Day(year: 2024, month: 1, day: 1)!
  static let absentUntil = Day(year: 2023, month: 10, day: 1)!

  let file: FixtureFile
  /// Occurrence Ref, by occurrence index.
  let refs: [String]
  /// The physical line of each occurrence.
  let lines: [Int]
  let planted: [PlantedRow]

  init(_ sim: MissingSimulation) {
    let order = sim.occurrences.indices.sorted {
      (sim.occurrences[$0].reported, $0) < (sim.occurrences[$1].reported, $1)
    }
    var refs = [String](repeating: "", count: sim.occurrences.count)
    var perYear = [Int: Int]()
    for i in order {
      let year = DateText.day(sim.occurrences[i].reported).year
      perYear[year, default: 0] += 1
      refs[i] = "MP\(year)/" + String(perYear[year]!).leftPadded(to: 5)
    }
    var people = [Int: String]()
    func person(_ key: Int) -> String {
      if let p = people[key] { return p }
      let p = "PN" + String(100_001 + people.count)
      people[key] = p
      return p
    }

    var doc = CSVDocument(lineEnd: .crlf)
    doc.append(PoliceMissingFiles.header)
    var lines = [Int](repeating: 0, count: sim.occurrences.count)
    var planted: [PlantedRow] = []
    let badDays = [Day(year: 2024, month: 6, day: 15)!, Day(year: 2024, month: 9, day: 2)!]
    for i in order {
      let o = sim.occurrences[i]
      let day = DateText.day(o.reported)
      if planted.count < badDays.count && day >= badDays[planted.count] {
        planted.append(PoliceMissingFiles.badRow(planted.count, &doc, person: person(3_000_000 + planted.count)))
      }
      let iso = day >= PoliceMissingFiles.isoFrom
      let when = { (m: Int64) in iso ? DateText.isoHMS(m) : DateText.dmyHM(m) }
      let risk = o.risk == .noApparentRisk && day < PoliceMissingFiles.absentUntil ? "Absent" : o.risk.rawValue
      lines[i] = doc.append([
        refs[i], person(o.person), o.childIDWritten ? sim.la.children[o.child!].id : "", DateText.dmy(o.dob), o.sex,
        when(o.reported), o.found.map(when) ?? "", risk, o.from.rawValue, o.homeLA,
      ])
    }
    precondition(planted.count == badDays.count, "police bad rows not placed")
    self.refs = refs
    self.lines = lines
    self.planted = planted
    file = FixtureFile(
      path: PoliceMissingFiles.path, bytes: TextEncoding.utf8BOM.encode(doc.text), encoding: .utf8BOM, lineEnd: .crlf,
      records: doc.dataRecords, lines: doc.physicalLines)
  }

  /// Bad row `n`: 0 has no such day (31 June), 1 a blank Reported Missing.
  private static func badRow(_ n: Int, _ doc: inout CSVDocument, person: String) -> PlantedRow {
    let raw = n == 0 ? "2024-06-31 14:20:00" : ""
    let found = n == 0 ? "2024-07-01 09:10:00" : "2024-09-03 07:45:00"
    let line = doc.append([
      "MP2024/9000\(n + 1)", person, "", n == 0 ? "14/03/2011" : "02/12/2008", n == 0 ? "M" : "F", raw, found, "Low",
      "Home", "332",
    ])
    let expected =
      n == 0
      ? "error: no such date (31 June); the occurrence is left out"
      : "error: blank Reported Missing (required); the occurrence is left out"
    return PlantedRow(file: path, line: line, column: "Reported Missing", raw: raw, expected: expected)
  }
}
