import SafeguardCore

/// Annex A list 2 (`annex-a-journey/L2_early_help_2022-24.csv`): early help assessments of the
/// synthetic LA, 1 April 2022 to 31 March 2024, as the list reads on 31 March 2024.
///
/// About one contact in eight (a contact that is not followed by a referral the same day) leads
/// to an early help assessment starting 1 to 10 days later; most are completed 10 to 60 days
/// after starting, the rest are still open (blank completion date), as are all whose completion
/// would fall after 31 March 2024. The organisation is one of a few kinds that fits the child's
/// age, written as a case management system would; nothing names a real body.
struct EarlyHelpFiles {
  static let path = "annex-a-journey/L2_early_help_2022-24.csv"
  static let from = Day(year: 2022, month: 4, day: 1)!
  static let to = Day(year: 2024, month: 3, day: 31)!
  static let header =
    AnnexAJourneyFiles.common + [
      "Assessment start date", "Assessment completion date", "Organisation completing assessment",
    ]
  static let organisations = [
    ("Family Hub", 40), ("School", 25), ("Health Visiting", 12), ("Early Help Team", 15), ("Voluntary Sector", 8),
  ]

  /// A school only for a child of school age; health visiting only for the under-fives.
  static func organisation(age: Int, _ rng: inout SeededGenerator) -> String {
    let o = rng.weighted(organisations)
    if o == "School" && age < 4 { return "Health Visiting" }
    if o == "Health Visiting" && age >= 5 { return "Family Hub" }
    return o
  }

  /// The file and how many of its assessments were still open on 31 March 2024.
  static func file(_ la: SyntheticLA, _ rng: inout SeededGenerator) -> (FixtureFile, open: Int) {
    var referredOn = Set<Int64>()
    for r in la.referrals { referredOn.insert(Int64(r.child) << 32 | Int64(r.day.serial)) }
    var rows: [(Day, Int, [String])] = []
    var open = 0
    for c in la.contacts where c.day >= from && c.day <= to {
      guard !referredOn.contains(Int64(c.child) << 32 | Int64(c.day.serial)), rng.chance(1, in: 8) else { continue }
      let start = c.day.adding(days: rng.int(in: 1...10))
      guard start <= to else { continue }
      var completion: Day? = rng.percent(85) ? start.adding(days: rng.int(in: 10...60)) : nil
      if let d = completion, d > to { completion = nil }
      if completion == nil { open += 1 }
      let child = la.children[c.child]
      rows.append(
        (
          start, c.child,
          AnnexAJourneyFiles.commonFields(child, at: start) + [
            DateText.dmy(start), completion.map(DateText.dmy) ?? "",
            organisation(age: DateText.age(child.dob, at: start), &rng),
          ]
        ))
    }
    rows.sort { ($0.0, $0.1) < ($1.0, $1.1) }
    var doc = CSVDocument(lineEnd: .lf)
    doc.append(header)
    for r in rows { doc.append(r.2) }
    return (
      FixtureFile(
        path: path, bytes: TextEncoding.utf8.encode(doc.text), encoding: .utf8, lineEnd: .lf,
        records: doc.dataRecords, lines: doc.physicalLines), open
    )
  }
}
