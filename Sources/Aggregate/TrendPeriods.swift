import SafeguardCore

/// The periods shown beside the one asked for, oldest first.
///
/// Financial years first: up to three complete years ending on or before the asked period's end
/// that the extracts cover from their first day (the asked year itself when it is a year); then the five quarters
/// ending with the one that holds the asked period's end; then the asked period itself when it is
/// a month or a rolling year. A period starting before the extracts' first date is left out,
/// since its counts could only be partial. Years then quarters, each oldest first, reads like an annual
/// report's table beside a quarterly one.
public enum TrendPeriods {
  public static func periods(for asked: Period, dataFrom first: Day?) -> [Period] {
    var years: [Period] = []
    var fy = asked.kind == .financialYear ? asked : asked.financialYear.previous
    if asked.kind != .financialYear && asked.end == asked.financialYear.end { fy = asked.financialYear }
    for _ in 0..<3 {
      if let first, fy.start < first { break }
      years.insert(fy, at: 0)
      fy = fy.previous
    }
    var quarters: [Period] = []
    var q = Period.quarter(containing: asked.end)
    if q.end > asked.end { q = q.previous }
    for _ in 0..<5 {
      if let first, q.start < first { break }
      quarters.insert(q, at: 0)
      q = q.previous
    }
    var out = years + quarters
    if asked.kind == .month || asked.kind == .rollingYear { out.append(asked) }
    if !out.contains(asked) { out.append(asked) }
    return out
  }
}
