import SafeguardCore

/// `activity_summary.csv`: headline figures for the period asked, each with a sentence that reads
/// like a partnership annual report's summary ("938 Section 47 child protection enquiries were
/// started in 2023-24 (1 April 2023 to 31 March 2024), in respect of 905 children and young
/// people.").
///
/// One row per measure that has a value for the period (blank or `no_data` figures get no
/// sentence: a figure we cannot compute is not described). A suppressed count is written `c`
/// and its sentence says "fewer than 6"; a suppressed percentage or rate gets no sentence ("fewer
/// than 6%" would be false: 4 of 5 is 80%). Row order follows the indicator catalogue. Sentences
/// that join several figures are in `ActivitySummary+MissingAndLADO.swift`; headlines drawn from
/// breakdown rows, with measure ids of their own, in `ActivitySummary+Breakdowns.swift`.
public enum ActivitySummary {
  /// How a measure is said.
  enum Wording: Sendable {
    /// `%@` is the value; " in <period>." follows.
    case template(String)
    /// A sentence built from the measure and other figures of its period (which it places
    /// itself), without its full stop; nil when it cannot be said.
    case composed(@Sendable (Figures) -> String?)
    /// A headline of its own from the measure's breakdown rows, a row with its own measure id,
    /// name and value (`ActivitySummary+Breakdowns.swift`); nil when it cannot be said.
    case headline(@Sendable (Figures) -> Headline?)
  }

  /// The measures summarised, in order, with how to say each one.
  static let sentences: [(id: IndicatorID, wording: Wording)] = [
    (.contacts, .template("Children's social care received %@ contacts")),
    (.referrals, .template("%@ referrals were accepted by children's social care")),
    (.referrals, .headline(largestReferralSource)),
    (.referralsRate, .template("The rate of referrals was %@ per 10,000 children")),
    (.rereferrals12m, .template("%@% of referrals were for a child referred in the previous 12 months")),
    (.referralsNfa, .template("%@% of referrals led to no further action")),
    (.assessmentsCompleted, .template("%@ assessments were completed")),
    (.assessments45wd, .template("%@% of assessments were completed within 45 working days")),
    (.s47Started, .composed(section47s)),
    (.icpc, .template("%@ initial child protection conferences were held")),
    (.icpc15wd, .template("%@% of initial conferences were held within 15 working days of the strategy discussion")),
    (.cppStarted, .template("%@ child protection plans were started")),
    (.cppSecondOrSubsequent, .template("%@% of plans started were a second or subsequent plan")),
    (.cppAtEnd, .template("%@ children were subject to a child protection plan at the end of the period")),
    (.cppAtEnd, .headline(plansOfTwoYearsOrMore)),
    (.cpVisitsOnTime, .composed(visitsOnTime)),
    (.cinAtEnd, .template("%@ children were in need at the end of the period")),
    (.missingEpisodes, .composed(missingEpisodes)),
    (.awayEpisodes, .template("%@ episodes of a child away from placement without authorisation were recorded")),
    (.missingRepeatChildren, .template("%@ children went missing 3 or more times")),
    (.rhiOffered, .composed(returnInterviews)),
    (.policeMissingChildren, .composed(policeChildren)),
    (.ladoContacts, .template("The LADO received %@ contacts about adults working or volunteering with children")),
    (.ladoReferrals, .composed(ladoReferrals)),
    (.ladoIndividuals, .template("%@ adults were the subject of a referral to the LADO")),
    (.ladoConcluded1m, .composed(ladoTimeliness)),
  ]

  /// "938 Section 47 child protection enquiries were started in <period>, in respect of 905 children
  /// and young people": reports and DfE count enquiries, and a child can have more than one in a
  /// period, so the children are said beside the enquiries, never in their place.
  @Sendable static func section47s(_ f: Figures) -> String? {
    var s = "\(f.said) Section 47 child protection enquiries were started \(f.when)"
    if let v = f.total(.s47Children), let children = spoken(v) {
      s += ", in respect of \(children) children and young people"
    }
    return s
  }

  /// The period in words: "2024-25-Q3 (1 October to 31 December 2024)".
  static func words(_ p: Period) -> String {
    let months = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
      "December",
    ]
    let (sy, sm, sd) = p.start.components
    let (ey, em, ed) = p.end.components
    let start = "\(sd) \(months[sm - 1])" + (sy == ey ? "" : " \(sy)")
    return "\(p.label) (\(start) to \(ed) \(months[em - 1]) \(ey))"
  }

  /// A day in words: "31 March 2025".
  static func words(_ day: Day) -> String {
    let months = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
      "December",
    ]
    let (y, m, d) = day.components
    return "\(d) \(months[m - 1]) \(y)"
  }

  /// Numbers in sentences: counts with thousands separators, percentages and rates to 1 decimal place.
  static func spoken(_ v: IndicatorValue) -> String? {
    if v.flags.contains(.suppressed) {
      // A count can be said as "fewer than 6"; a suppressed percentage or rate cannot be said at all.
      if case .count = v.figure { return "fewer than 6" }
      return nil
    }
    switch v.figure {
    case .count(let n): return grouped(n)
    case .ratio:
      let text = Dashboards.valueCell(v).rendered
      return text.isEmpty ? nil : text
    case .none: return nil
    }
  }

  /// `n` with thousands separators: 11,050.
  static func grouped(_ n: Int) -> String {
    let s = String(n.magnitude)
    var out = n < 0 ? "-" : ""
    for (i, ch) in s.enumerated() {
      if i > 0 && (s.count - i) % 3 == 0 { out.append(",") }
      out.append(ch)
    }
    return out
  }

  /// The CSV for the values whose trend column is `period`.
  ///
  /// `reconciliation`, when given, adds a last row `missing_reconciliation` (value: matched pairs)
  /// with the reconciliation's headline. With `publish`, that row is left out when any count it
  /// states is 1 to 5, as its sentence cannot say "fewer than 6" for each.
  public static func csv(
    _ values: [IndicatorValue], period: Period, reconciliation: ReconciliationSummary? = nil, publish: Bool = false
  ) -> (bytes: [UInt8], rows: Int) {
    var rows: [[Cell]] = []
    let inPeriod = values.filter { $0.column == period }
    for (id, wording) in sentences {
      guard let v = inPeriod.first(where: { $0.indicator.id == id && $0.breakdown.isEmpty }),
        let said = spoken(v)
      else { continue }
      let figures = Figures(values: inPeriod, measure: v, said: said)
      var row = Headline(
        measureID: id.rawValue, measure: v.indicator.name, value: Dashboards.valueCell(v), sentence: "")
      switch wording {
      case .template(let template): row.sentence = template.replacing("%@", with: said) + " in " + words(v.period)
      case .composed(let compose):
        guard let body = compose(figures) else { continue }
        row.sentence = body
      case .headline(let headline):
        guard let own = headline(figures) else { continue }
        row = own
      }
      var sentence = row.sentence + "."
      if let first = sentence.first, first.isLowercase { sentence = first.uppercased() + sentence.dropFirst() }
      rows.append([.text(row.measureID), .text(row.measure), row.value, .text(v.period.label), .text(sentence)])
    }
    if let r = reconciliation {
      let stated = [
        r.policeOccurrences, r.cscEpisodes, r.matched, r.policeOnlyNotKnownToCSC, r.ambiguous, r.outOfAreaOccurrences,
      ]
      if !publish || !stated.contains(where: { (1...5).contains($0) }) {
        rows.append([
          .text("missing_reconciliation"), .text("Police and social care missing records matched"),
          .int(r.matched), .text(r.period.label), .text(ReconciliationTables.headline(r)),
        ])
      }
    }
    return (CSVWriter.render(header: ["measure_id", "measure", "value", "period", "sentence"], rows: rows), rows.count)
  }
}
