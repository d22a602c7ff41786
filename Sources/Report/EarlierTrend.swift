import SafeguardCore

/// Trend cells for periods the current extracts no longer cover, taken from earlier runs (the
/// history store), and the run each period came from. `trend.csv` shows them under their period
/// and names the run in its last column, `source`.
public struct EarlierTrend: Sendable {
  public var values: [IndicatorValue] = []
  public var runs: [Period: String] = [:]

  public init() {}

  /// The `source` cell of a row holding values of `columns`: blank when none came from the store.
  func source(of columns: [Period], order: [Period]) -> Cell {
    let taken = order.filter { columns.contains($0) && runs[$0] != nil }
    guard !taken.isEmpty else { return .blank }
    var byRun: [(run: String, periods: [String])] = []
    for p in taken {
      let run = runs[p]!
      if let i = byRun.firstIndex(where: { $0.run == run }) {
        byRun[i].periods.append(p.label)
      } else {
        byRun.append((run, [p.label]))
      }
    }
    return .text(byRun.map { "history run \($0.run): " + $0.periods.joined(separator: ", ") }.joined(separator: "; "))
  }
}
