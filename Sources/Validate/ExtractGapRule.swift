import SafeguardCore

/// Flags calendar months inside an extract's covered range in which it holds no events at all.
///
/// Applied to the front-door lists (1 and 3), where an LA receives contacts and referrals every
/// month; a month with none inside the
/// range a file covers almost always means the export missed it, so every count for a period
/// containing that month would be too low. Months covered by another file of the same list count
/// as covered.
public enum ExtractGapRule {
  public static func check(_ set: ExtractSet) -> [Finding] {
    var findings: [Finding] = []
    for kind in [ExtractKind.annexAContacts, .annexAReferrals] {
      guard let range = set.coverage(of: kind) else { continue }
      // Mark each day with rows, then look for months with none.
      let span = range.lowerBound.days(to: range.upperBound) + 1
      var seen = [Bool](repeating: false, count: span)
      for d in set.indexDates(of: kind) {
        let i = range.lowerBound.days(to: d)
        if i >= 0 && i < span { seen[i] = true }
      }
      var months = Set<Int>()
      for (i, hit) in seen.enumerated() where hit {
        let d = range.lowerBound.adding(days: i)
        months.insert(d.year * 12 + d.month - 1)
      }
      let first = range.lowerBound.year * 12 + range.lowerBound.month - 1
      let last = range.upperBound.year * 12 + range.upperBound.month - 1
      for m in first...last where !months.contains(m) {
        let label = Period.month(m / 12, m % 12 + 1).label
        findings.append(
          Finding(
            Rules.monthWithoutEvents, source: kind.rawValue, file: "", field: nil, value: label,
            message:
              "no \(kind.title) rows are dated in \(label), inside the range the files cover (\(range.lowerBound.iso) to \(range.upperBound.iso)); counts for periods containing it will be too low"
          ))
      }
    }
    return findings
  }
}

/// Rules applied across records.
public enum Rules {
  public static let monthWithoutEvents = Rule(
    "VAL001", .error, "Months with no rows inside the range an extract covers (the export may have missed them)")
  public static let sourcesDisagree = Rule(
    "VAL002", .warning, "Counts that differ between the CIN census and the Annex A lists for the same year")
}
