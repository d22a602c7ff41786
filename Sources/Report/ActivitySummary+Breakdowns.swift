import SafeguardCore

/// Headlines drawn from breakdown rows: each is a row of its own in `activity_summary.csv`, with
/// a measure id that is not an indicator id (the group it is about can change from one period to
/// the next) and the group's share as its value.
///
/// A group whose row is suppressed gives no headline: its share cannot be said, and naming
/// another group in its place would be false.
extension ActivitySummary {
  /// One row of `activity_summary.csv`: the sentence without its full stop.
  struct Headline {
    var measureID: String
    var measure: String
    var value: Cell
    var sentence: String
  }

  /// "12.5% (19) of the children on a child protection plan at 31 March 2025 had been on it for two
  /// years or more": `cpp_at_end`'s `duration=2y-plus` row, numerator ÷ denominator.
  @Sendable static func plansOfTwoYearsOrMore(_ f: Figures) -> Headline? {
    guard let row = f.rows(.cppAtEnd).first(where: { $0.breakdown == "duration=2y-plus" }),
      !row.flags.contains(.suppressed), let n = row.numerator, let d = row.denominator, d > 0
    else { return nil }
    let share = percent(n, of: d)
    return Headline(
      measureID: "cpp_at_end_2y_plus_share",
      measure: "Children on a child protection plan at period end who had been on it two years or more (share)",
      value: .fraction(n, d, multiplier: 100, places: 1),
      sentence: "\(share)% (\(grouped(n))) of the children on a child protection plan at \(words(row.period.end)) "
        + "had been on it for two years or more")
  }

  /// "The largest source of referrals in 2024-25-Q3 (…) was the police (6), with 28.4% (262) of
  /// the referrals": of `referrals`' `source=` rows, the one with the most referrals, the first in
  /// code order on a tie. `unknown` (no readable code) and code 10 (source unknown) name no
  /// source and are passed over; no headline when no source has a referral.
  @Sendable static func largestReferralSource(_ f: Figures) -> Headline? {
    var top: (row: IndicatorValue, code: String, name: String, count: Int)?
    for row in f.rows(.referrals) where row.breakdown.hasPrefix("source=") {
      let code = String(row.breakdown.dropFirst("source=".count))
      guard let n = row.numerator, let name = referralSourceNames[code] else { continue }
      if n > (top?.count ?? 0) { top = (row, code, name, n) }
    }
    guard let top, !top.row.flags.contains(.suppressed), let d = top.row.denominator, d > 0 else { return nil }
    return Headline(
      measureID: "referrals_largest_source_share", measure: "Referrals from the largest source (share)",
      value: .fraction(top.count, d, multiplier: 100, places: 1),
      sentence: "The largest source of referrals \(f.when) was \(top.name) (\(top.code)), with "
        + "\(percent(top.count, of: d))% (\(grouped(top.count))) of the referrals")
  }

  /// The DfE referral source codes, worded to follow "was". From the CIN census schema's code list
  /// (`referralsourcetype` in DfE's `CIN_schema_2025.xsd`, `../shared/reference/cin-census/xsd`),
  /// shortened; code 10 (unknown) names no source and is left out.
  static let referralSourceNames: [String: String] = [
    "1A": "a family member, relative or carer",
    "1B": "an acquaintance, such as a neighbour or child minder",
    "1C": "the child themselves",
    "1D": "another individual",
    "2A": "schools",
    "2B": "education services",
    "3A": "GPs",
    "3B": "health visitors",
    "3C": "school nurses",
    "3D": "other primary health services",
    "3E": "A&E departments",
    "3F": "other health services",
    "4": "housing services",
    "5A": "the local authority's social care services",
    "5B": "other local authority services",
    "5C": "another local authority's services",
    "5D": "early help",
    "6": "the police",
    "7": "another legal agency, such as the courts, probation or Cafcass",
    "8": "another agency, such as a children's centre or voluntary organisation",
    "9": "an anonymous referrer",
  ]
}
