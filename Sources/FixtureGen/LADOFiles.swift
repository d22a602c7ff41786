import SafeguardCore

/// `lado/lado_allegations.csv`: contacts with the LADO about adults who work or volunteer with
/// children (`specs/extracts.md` section 5), received 1 April 2022 to 31 December 2024.
///
/// About 175 contacts a year on weekdays, about 45% consultations (advice only: category,
/// threshold, meeting, outcome and conclusion blank). Referrals: physical about 45%, threshold
/// met about 55%, a strategy meeting for about 85% of those (8% of the rest); conclusion times
/// spread from days to over a year, so a referral not concluded by 31 December 2024 is
/// `Ongoing` with no Date Concluded. About 4% of referrals concern an adult consulted about in
/// the 60 days before. UTF-8, CRLF, dates `dd/mm/yyyy`. Planted, on top: one adult referred
/// twice in 2024-25 Q3, referrals concluded exactly one month, one month and a day, and exactly
/// three months after receipt; a few older `Childrens Social Care` without the apostrophe, one
/// `education` and one `EARLY YEARS`; one impossible Date Concluded.
struct LADOFiles {
  static let path = "lado/lado_allegations.csv"
  static let from = Day(year: 2022, month: 4, day: 1)!
  static let to = CareHistory.asAt
  static let header = [
    "LADO Ref", "Person Ref", "Date Received", "Contact Type", "Referrer Agency", "Employment Sector",
    "Allegation Category", "Threshold Met", "Strategy Meeting Date", "Outcome", "Date Concluded",
  ]

  struct Contact {
    var received: Day
    var person: Int
    var type: LADOContactType
    var referrer: String
    var sector: String
    var category: LADOCategory?
    var threshold: Bool?
    var meeting: Day?
    var outcome: LADOOutcome?
    /// Written as is: a date, blank, or the planted bad value.
    var concluded: String
    /// Why it was planted, for the facts; nil for the random ones.
    var planted: String?
  }

  /// Counts for one quarter (by Date Received, except `concluded`: by Date Concluded).
  struct QuarterCounts {
    var contacts = 0, referrals = 0, thresholdMet = 0, meetings = 0, concluded = 0
  }

  let file: FixtureFile
  /// Planted rows: line and why.
  let planted: [(Int, String)]
  let quarters: [(String, QuarterCounts)]
  let ongoing: Int

  init(_ rng: inout SeededGenerator) {
    var contacts: [Contact] = []
    var people = 0
    var recentConsultations: [(Day, Int)] = []
    var day = LADOFiles.from
    while day <= LADOFiles.to {
      defer { day = day.adding(days: 1) }
      guard !day.isWeekend, rng.chance(175, in: 261) else { continue }
      recentConsultations.removeAll { $0.0 < day.adding(days: -60) }
      var c: Contact
      if rng.percent(45) {
        people += 1
        c = LADOFiles.consultation(on: day, person: people, &rng)
        recentConsultations.append((day, people))
      } else {
        var person: Int
        if !recentConsultations.isEmpty && rng.percent(4) {
          person = recentConsultations[rng.below(recentConsultations.count)].1
        } else {
          people += 1
          person = people
        }
        c = LADOFiles.referral(on: day, person: person, &rng)
      }
      if c.referrer == "Children's Social Care" && day < Day(year: 2023, month: 4, day: 1)! && rng.percent(35) {
        c.referrer = "Childrens Social Care"
      }
      contacts.append(c)
    }
    contacts += LADOFiles.plantedContacts(firstPerson: people + 1, &rng)
    contacts.sort { $0.received < $1.received }

    var doc = CSVDocument(lineEnd: .crlf)
    doc.append(LADOFiles.header)
    var planted: [(Int, String)] = []
    var perYear = [String: Int]()
    var quarters = [String: QuarterCounts]()
    var ongoing = 0
    for c in contacts {
      let fy = DateText.financialYear(c.received)
      perYear[fy, default: 0] += 1
      let ref = "LADO-" + fy + "-" + String(perYear[fy]!).leftPadded(to: 4)
      let line = doc.append([
        ref, "AD" + String(10_000 + c.person), DateText.dmy(c.received), c.type.rawValue, c.referrer, c.sector,
        c.category?.rawValue ?? "", c.threshold.map { $0 ? "Y" : "N" } ?? "", c.meeting.map(DateText.dmy) ?? "",
        c.outcome?.rawValue ?? "", c.concluded,
      ])
      if let why = c.planted { planted.append((line, why)) }
      quarters[DateText.quarter(c.received), default: QuarterCounts()].contacts += 1
      guard c.type == .referral else { continue }
      quarters[DateText.quarter(c.received)]!.referrals += 1
      if c.threshold == true { quarters[DateText.quarter(c.received)]!.thresholdMet += 1 }
      if c.meeting != nil { quarters[DateText.quarter(c.received)]!.meetings += 1 }
      if let d = Day(dmy: c.concluded) { quarters[DateText.quarter(d), default: QuarterCounts()].concluded += 1 }
      if c.outcome == .ongoing { ongoing += 1 }
    }
    self.planted = planted
    self.quarters = quarters.sorted { $0.key < $1.key }
    self.ongoing = ongoing
    file = FixtureFile(
      path: LADOFiles.path, bytes: TextEncoding.utf8.encode(doc.text), encoding: .utf8, lineEnd: .crlf,
      records: doc.dataRecords, lines: doc.physicalLines)
  }

  static let referrers: [(String, Int)] = [
    ("Education", 35), ("Police", 15), ("Children's Social Care", 14), ("Health", 8), ("Early Years", 7),
    ("Parent", 8), ("Ofsted", 3), ("Faith", 1), ("Sport", 2), ("Voluntary", 3), ("Other", 4),
  ]
  static let sectors: [(String, Int)] = [
    ("Education", 40), ("Early Years", 10), ("Health", 6), ("Social Care", 6), ("Residential Care", 8),
    ("Foster Care", 9), ("Police", 2), ("Faith", 3), ("Sport", 4), ("Voluntary", 4), ("Transport", 4), ("Other", 4),
  ]
  static let categories: [(LADOCategory, Int)] = [
    (.physical, 45), (.sexual, 20), (.suitability, 18), (.emotional, 10), (.neglect, 7),
  ]

  private static func consultation(on day: Day, person: Int, _ rng: inout SeededGenerator) -> Contact {
    let referrer = rng.weighted(referrers)
    let sector = rng.weighted(sectors)
    return Contact(
      received: day, person: person, type: .consultation, referrer: referrer, sector: sector,
      category: rng.percent(30) ? rng.weighted(categories) : nil, threshold: nil, meeting: nil, outcome: nil,
      concluded: "")
  }

  /// A referral with its meeting, outcome and conclusion; `Ongoing` when it concludes after the extract.
  private static func referral(on day: Day, person: Int, _ rng: inout SeededGenerator) -> Contact {
    let referrer = rng.weighted(referrers)
    let sector = rng.weighted(sectors)
    let category = rng.weighted(categories)
    let met = rng.percent(55)
    let meeting = rng.percent(met ? 85 : 8) ? day.adding(days: rng.int(in: 1...15)) : nil
    let length = rng.weighted([(0...30, 38), (31...91, 42), (92...365, 17), (366...500, 3)])
    var concluded = day.adding(days: rng.int(in: length))
    if let m = meeting, concluded < m { concluded = m.adding(days: rng.int(in: 0...5)) }
    let outcome: LADOOutcome =
      met
      ? rng.weighted([
        (.substantiated, 40), (.unsubstantiated, 30), (.unfounded, 17), (.falseAllegation, 8), (.malicious, 5),
      ])
      : rng.weighted([
        (.unfounded, 40), (.unsubstantiated, 35), (.falseAllegation, 15), (.malicious, 5), (.substantiated, 5),
      ])
    let open = concluded > LADOFiles.to
    return Contact(
      received: day, person: person, type: .referral, referrer: referrer, sector: sector, category: category,
      threshold: met, meeting: meeting, outcome: open ? .ongoing : outcome,
      concluded: open ? "" : DateText.dmy(concluded))
  }

  private static func plantedContacts(firstPerson: Int, _ rng: inout SeededGenerator) -> [Contact] {
    func d(_ y: Int, _ m: Int, _ dd: Int) -> Day { Day(year: y, month: m, day: dd)! }
    func planted(_ received: Day, person: Int, concluded: String, _ why: String) -> Contact {
      var c = referral(on: received, person: person, &rng)
      c.concluded = concluded
      c.outcome = concluded.isEmpty ? .ongoing : .unsubstantiated
      if let m = c.meeting, let end = Day(dmy: concluded), m > end { c.meeting = received }
      c.planted = why
      return c
    }
    var twice = planted(d(2024, 10, 8), person: firstPerson, concluded: "", "first referral of an adult referred twice")
    twice.sector = "Education"
    var again = planted(d(2024, 12, 10), person: firstPerson, concluded: "", "second referral of the same adult")
    again.sector = "Education"
    var lower = planted(d(2023, 6, 14), person: firstPerson + 5, concluded: "03/07/2023", "Referrer Agency `education`")
    lower.referrer = "education"
    var upper = planted(
      d(2023, 11, 2), person: firstPerson + 6, concluded: "24/11/2023", "Employment Sector `EARLY YEARS`")
    upper.sector = "EARLY YEARS"
    return [
      twice, again,
      planted(
        d(2024, 9, 10), person: firstPerson + 1, concluded: "10/10/2024", "concluded exactly 1 month after receipt"),
      planted(
        d(2024, 9, 5), person: firstPerson + 2, concluded: "06/10/2024", "concluded 1 month and 1 day after receipt"),
      planted(
        d(2024, 7, 31), person: firstPerson + 3, concluded: "31/10/2024", "concluded exactly 3 months after receipt"),
      planted(
        d(2024, 5, 20), person: firstPerson + 4, concluded: "31/06/2024",
        "Date Concluded `31/06/2024`: no such date; the referral counts but not as concluded"),
      lower, upper,
    ]
  }
}

extension Day {
  /// Reads the generator's own `dd/mm/yyyy`; nil for anything else (blank, the planted bad date).
  fileprivate init?(dmy text: String) {
    let p = text.split(separator: "/").compactMap { Int($0) }
    guard p.count == 3, let d = Day(year: p[2], month: p[1], day: p[0]) else { return nil }
    self = d
  }
}
