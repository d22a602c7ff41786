import SafeguardCore

/// Compares the CIN census with the Annex A lists where both cover the same financial year, so an
/// analyst sees where the two sources an LA keeps disagree before trusting either.
///
/// For each census year (1 April to the census `ReferenceDate`) that an Annex A list also covers,
/// the distinct (child, date) events each source holds in that year are counted: referrals (list 3
/// against CIN referral dates), assessments started (list 4), Section 47 enquiries started (list 5)
/// and child protection plans started (list 7). A difference becomes one warning per year and
/// measure, naming both counts. A list covers a year when its first and last event dates fall
/// within the year's first and last seven days (a quiet first or last day does not hide a year).
/// Rows are compared as events, not matched one by one: equal counts can still hide different rows.
public enum SourceAgreementRule {
  /// - Parameters:
  ///   - episodes: the CIN episodes after merging the census files (latest return wins).
  ///   - censusYears: the financial years the census files cover, one per file.
  ///   - set: the Annex A lists read in the same run.
  public static func check(_ episodes: [CINEpisode], censusYears: [Period], set: ExtractSet) -> [Finding] {
    typealias Measure = (kind: ExtractKind, name: String, census: [(Int32, Day)], annexA: [(Int32, Day)])
    let measures: [Measure] = [
      (
        .annexAReferrals, "referrals",
        episodes.compactMap { e in e.referralDate.map { (e.child, $0) } },
        set.referrals.map { ($0.child, $0.date) }
      ),
      (
        .annexAAssessments, "assessments started",
        episodes.flatMap { e in e.assessments.compactMap { a in a.start.map { (e.child, $0) } } },
        set.assessments.map { ($0.child, $0.start) }
      ),
      (
        .annexASection47, "Section 47 enquiries started",
        episodes.flatMap { e in e.section47s.compactMap { s in s.start.map { (e.child, $0) } } },
        set.section47s.map { ($0.child, $0.start) }
      ),
      (
        .annexAChildProtection, "child protection plans started",
        episodes.flatMap { e in e.plans.compactMap { p in p.start.map { (e.child, $0) } } },
        set.plans.map { ($0.child, $0.start) }
      ),
    ]
    var findings: [Finding] = []
    for year in Set(censusYears).sorted(by: { $0.start < $1.start }) {
      for m in measures {
        guard let covered = set.coverage(of: m.kind), covers(covered, year) else { continue }
        let census = distinct(m.census, in: year)
        let annexA = distinct(m.annexA, in: year)
        guard census != annexA else { continue }
        let more = census > annexA ? "the census has \(census - annexA) more" : "Annex A has \(annexA - census) more"
        findings.append(
          Finding(
            Rules.sourcesDisagree, source: "cin_census", file: "", field: m.name, value: year.label,
            message:
              "\(year.label): \(m.name): CIN census \(census), \(m.kind.title) \(annexA) (\(more)); the figures use the CIN census"
          ))
      }
    }
    return findings
  }

  static func covers(_ range: ClosedRange<Day>, _ year: Period) -> Bool {
    range.lowerBound <= year.start.adding(days: 6) && range.upperBound >= year.end.adding(days: -6)
  }

  static func distinct(_ events: [(Int32, Day)], in year: Period) -> Int {
    var seen = Set<ReferralDefinitions.ChildDay>()
    for (child, day) in events where day >= year.start && day <= year.end { seen.insert(.init(child, day)) }
    return seen.count
  }
}
