import SafeguardCore

/// The three messy Annex A exports of the synthetic LA (`Fixtures/annex-a/`).
///
/// Each builder writes the clean rows of the simulation in its own dialect, then plants
/// its bad rows as extra records, so every figure comes from the clean rows alone.
struct AnnexAFiles {
  let la: SyntheticLA
  var planted: [PlantedRow] = []
  var overlap: [OverlapRow] = []
  /// Lines of file 1 whose Contact Source holds an en dash (byte 0x96).
  var enDashLines: [Int] = []
  /// File 3: rows whose age, or whose worker, is a blank marker; rows with `d/m/yyyy` dates.
  var blankAgeLines: [Int] = []
  var blankWorkerRows = 0
  var unpaddedDateRows = 0

  static let contactsPath = "annex-a/contacts_2021-2024.csv"
  static let earlyReferralsPath = "annex-a/L3_export_2021-23.csv"
  static let lateReferralsPath = "annex-a/referrals_2023-24_q1-q3.csv"

  static let list1Header = [
    "Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)", "Date of Contact",
    "Contact Source",
  ]
  static let list3Header = [
    "Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)", "Date of referral",
    "Referral Source", "Referral NFA?", "Number of Referrals in Last 12 Months", "Allocated Team", "Allocated Worker",
  ]
  /// File 3's header: aliases, stray case and spaces, and an unknown last column.
  static let untidyList3Header = [
    "Child ID", "Sex", "Ethnicity", "DOB", "Age of Child (Years)", "Referral Date", "referral source ",
    "Referral NFA (Y/N)", "number of referrals in last 12 months", "Allocated team", " Allocated Worker", "Locality",
  ]

  /// The first day of file 3; file 2 ends the day before.
  static let split = Day(year: 2023, month: 4, day: 1)!
  /// How many of the last referrals of March 2023 appear in both files 2 and 3.
  static let overlapCount = 20

  init(la: SyntheticLA) { self.la = la }

  // MARK: File 1: contacts, Windows-1252, LF

  mutating func contacts(_ rng: inout SeededGenerator) -> FixtureFile {
    var doc = CSVDocument(lineEnd: .lf)
    doc.append(AnnexAFiles.list1Header)
    let plantDay = Day(year: 2023, month: 1, day: 1)!
    var plantedMonth13 = false
    var forcedEnDash = false
    for contact in la.contacts {
      if !plantedMonth13 && contact.day >= plantDay {
        plantedMonth13 = true
        let dob = Day(year: 2012, month: 6, day: 14)!
        let line = doc.append([
          "C0009990", "F", "WBRI", DateText.dmy(dob), "10", "2023-13-01", "2A",
        ])
        planted.append(
          PlantedRow(
            file: AnnexAFiles.contactsPath, line: line, column: "Date of Contact", raw: "2023-13-01",
            expected: "error: not a date (month 13); the contact is left out"))
      }
      let child = la.children[contact.child]
      let source = AnnexAVocabulary.sources[contact.source]
      let style = rng.weighted([(0, 40), (1, 30), (2, 30)])
      var text: String
      switch style {
      case 0: text = AnnexAVocabulary.text(source, .bare)
      case 1: text = AnnexAVocabulary.text(source, .dashed)
      default:
        let dash = source.isHealth && (!forcedEnDash || rng.chance(6, in: 1000))
        forcedEnDash = forcedEnDash || dash
        text = AnnexAVocabulary.text(source, .lettered(enDash: dash))
      }
      let line = doc.append([
        child.id, child.gender, child.ethnicity, DateText.dmy(child.dob),
        String(DateText.age(child.dob, at: contact.day)), DateText.dmy(contact.day), text,
      ])
      if text.unicodeScalars.contains(where: { $0.value == 0x2013 }) { enDashLines.append(line) }
    }
    let raw = "C0009999,M,WBRI,01/02/2015,9,31/12/2024,\"6: Police"
    let line = doc.appendRaw(raw, terminated: false)
    planted.append(
      PlantedRow(
        file: AnnexAFiles.contactsPath, line: line, column: "Contact Source", raw: "\"6: Police",
        expected: "error: quoted field not closed before the end of the file; the last record is left out"))
    return FixtureFile(
      path: AnnexAFiles.contactsPath, bytes: TextEncoding.windows1252.encode(doc.text), encoding: .windows1252,
      lineEnd: .lf, records: doc.dataRecords, lines: doc.physicalLines)
  }

  // MARK: File 2: referrals to March 2023, UTF-8 with BOM, CRLF

  /// Returns the file and, for the overlap, the lines of its last March 2023 referrals.
  mutating func earlyReferrals(_ rng: inout SeededGenerator) -> (FixtureFile, [Int: Int]) {
    var doc = CSVDocument(lineEnd: .crlf)
    doc.append(AnnexAFiles.list3Header)
    let rows = la.referrals.indices.filter { la.referrals[$0].day < AnnexAFiles.split }
    // A few awkward but valid values, on rows chosen here so they are fixed by the seed.
    var comma = Set<Int>()
    while comma.count < 5 { comma.insert(rows[rng.below(rows.count)]) }
    let quote = rows[rng.below(rows.count)]
    let newline = rows[rng.below(rows.count)]
    var lines: [Int: Int] = [:]
    for r in rows {
      let ref = la.referrals[r]
      let child = la.children[ref.child]
      var team = ref.team
      if comma.contains(r) { team = "Team A, North" }
      if r == quote { team = "Children's \"Front Door\" Team" }
      if r == newline { team = "Assessment Team North\n(covering South)" }
      let source = AnnexAVocabulary.sources[ref.source]
      let line = doc.append([
        child.id, child.gender, child.ethnicity, DateText.dmy(child.dob),
        String(DateText.age(child.dob, at: ref.day)), DateText.dmy(ref.day),
        AnnexAVocabulary.text(source, rng.percent(85) ? .bare : .dashed), ref.nfa ? "Y" : "N",
        String(ref.priorIn12Months), team, ref.worker,
      ])
      lines[r] = line
    }
    let file = FixtureFile(
      path: AnnexAFiles.earlyReferralsPath, bytes: TextEncoding.utf8BOM.encode(doc.text), encoding: .utf8BOM,
      lineEnd: .crlf, records: doc.dataRecords, lines: doc.physicalLines)
    let overlapRows = rows.suffix(AnnexAFiles.overlapCount)
    return (file, lines.filter { overlapRows.contains($0.key) })
  }

  // MARK: File 3: referrals from April 2023, UTF-16LE with BOM, CRLF, untidy headers

  mutating func lateReferrals(_ rng: inout SeededGenerator, earlyLines: [Int: Int]) -> FixtureFile {
    var doc = CSVDocument(lineEnd: .crlf)
    doc.append(AnnexAFiles.untidyList3Header)
    let overlapRows = earlyLines.keys.sorted()
    let rows = overlapRows + la.referrals.indices.filter { la.referrals[$0].day >= AnnexAFiles.split }
    var bad = AnnexAFiles.badReferrals()
    for r in rows {
      let ref = la.referrals[r]
      while let next = bad.first, next.key <= ref.day {
        bad.removeFirst()
        let line = doc.append(next.fields)
        planted.append(
          PlantedRow(
            file: AnnexAFiles.lateReferralsPath, line: line, column: next.column, raw: next.raw,
            expected: next.expected))
      }
      let child = la.children[ref.child]
      let padded = rng.percent(90)
      func date(_ d: Day) -> String { padded ? DateText.iso(d) : DateText.dmyUnpadded(d) }
      let source = AnnexAVocabulary.sources[ref.source]
      let yes: [(String, Int)] = [("Yes", 40), ("Y", 15), ("TRUE", 20), ("1", 20), ("yes", 5)]
      let no: [(String, Int)] = [("No", 40), ("N", 15), ("FALSE", 20), ("0", 20), ("no", 5)]
      let nfa = rng.weighted(ref.nfa ? yes : no)
      var age = String(DateText.age(child.dob, at: ref.day))
      if rng.chance(3, in: 1000) { age = rng.weighted([("NULL", 1), ("N/A", 1), ("-", 1)]) }
      var worker = ref.worker
      if ref.nfa && rng.percent(10) { worker = rng.weighted([("NULL", 1), ("N/A", 1), ("-", 1), ("", 1)]) }
      let line = doc.append([
        child.id, child.gender, child.ethnicity, date(child.dob), age, date(ref.day),
        AnnexAVocabulary.text(source, rng.percent(70) ? .bare : .dashed), nfa, String(ref.priorIn12Months),
        ref.team, worker, AnnexAVocabulary.localities[rng.below(AnnexAVocabulary.localities.count)],
      ])
      if Int(age) == nil { blankAgeLines.append(line) }
      if worker != ref.worker { blankWorkerRows += 1 }
      if !padded { unpaddedDateRows += 1 }
      if let earlier = earlyLines[r] {
        overlap.append(OverlapRow(child: child.id, day: ref.day.iso, lineInEarlier: earlier, lineInLater: line))
      }
    }
    precondition(bad.isEmpty, "every planted referral falls inside file 3's range")
    return FixtureFile(
      path: AnnexAFiles.lateReferralsPath, bytes: TextEncoding.utf16LEBOM.encode(doc.text), encoding: .utf16LEBOM,
      lineEnd: .crlf, records: doc.dataRecords, lines: doc.physicalLines)
  }

  /// The date of the planted referral whose NFA answer is `maybe`: it still counts as a referral.
  static let unansweredNFADay = Day(year: 2024, month: 9, day: 10)!

  /// File 3's planted rows, in the order they appear, each placed after the clean rows of its day.
  private static func badReferrals() -> [(key: Day, fields: [String], column: String, raw: String, expected: String)] {
    func row(_ id: String, _ dob: Day, _ age: Int, _ date: String, nfa: String = "No") -> [String] {
      [id, "M", "WBRI", dob.iso, String(age), date, "6", nfa, "0", "Assessment Team South", "Worker 015", "Locality 2"]
    }
    let excel = 45_123
    let excelDay = DateText.excelSerialDay(excel)
    let dob = Day(year: 2011, month: 9, day: 3)!
    return [
      (
        Day(year: 2023, month: 5, day: 1)!, row("C0009991", dob, 11, "01/05/23"), "Referral Date", "01/05/23",
        "error: two-digit year; the date is not guessed and the referral is left out"
      ),
      (
        excelDay, row("C0009992", dob, DateText.age(dob, at: excelDay), String(excel)), "Referral Date", String(excel),
        "error: not a date (a spreadsheet serial number, \(excel) = \(excelDay.iso) in Excel); the referral is left out"
      ),
      (
        Day(year: 2024, month: 2, day: 29)!, row("C0009993", dob, 12, "31/02/2024"), "Referral Date", "31/02/2024",
        "error: no such day (31 February); the referral is left out"
      ),
      (
        Day(year: 2024, month: 6, day: 14)!, row("", dob, 12, "2024-06-14"), "Child ID", "",
        "error: blank Child Unique ID; the referral is left out"
      ),
      (
        unansweredNFADay, row("C0009995", dob, 13, "2024-09-10", nfa: "maybe"),
        "Referral NFA (Y/N)", "maybe",
        "error: not a yes/no value; the referral counts but is left out of the NFA figure"
      ),
    ]
  }
}
