import SafeguardCore

extension ReconciliationTables {
  /// The period row and its months as an aligned text table for the terminal, one line per row
  /// after a header, each line ending in `\n`. Numbers are right-aligned; a match rate with no
  /// records on its side is `-`.
  public static func consoleTable(_ r: ReconciliationResult) -> String {
    let header = [
      "month", "police", "CSC", "matched", "police only", "CSC only", "ambiguous", "police matched %",
      "CSC matched %", "out of area",
    ]
    let rows = ([r.total] + r.months).map { row -> [String] in
      let c = row.counts
      func rate(_ total: Int) -> String {
        let s = Cell.fraction(c.matched, total, multiplier: 100, places: 1).rendered
        return s.isEmpty ? "-" : s
      }
      return [
        row.period.label, String(c.policeOccurrences), String(c.cscEpisodes), String(c.matched), String(c.policeOnly),
        String(c.cscOnly), String(c.ambiguous), rate(c.policeOccurrences), rate(c.cscEpisodes),
        String(c.outOfAreaOccurrences),
      ]
    }
    let widths = header.indices.map { k in ([header] + rows).map { $0[k].count }.max()! }
    func line(_ cells: [String]) -> String {
      let padded = cells.enumerated().map { k, s in
        let pad = String(repeating: " ", count: widths[k] - s.count)
        return k == 0 ? s + pad : pad + s
      }
      return padded.joined(separator: "  ") + "\n"
    }
    return ([header] + rows).map(line).joined()
  }

  /// The reconciliation in a few sentences for a board paper, e.g. "In 2024-25-Q3 (1 October to
  /// 31 December 2024), police recorded 412 missing-person reports and children's social care
  /// recorded 530 missing or away episodes; 301 were matched as the same episode. 64 police
  /// reports concerned children not known to social care."
  ///
  /// Sentences about reports not known to social care, ambiguous reports and children placed by
  /// other authorities appear only when there are any; the match clause only when both sides
  /// have records.
  public static func headline(_ s: ReconciliationSummary) -> String {
    func some(_ n: Int, _ one: String, _ many: String) -> String {
      n == 0 ? "no " + many : n == 1 ? "1 " + one : ActivitySummary.grouped(n) + " " + many
    }
    var text =
      "In \(ActivitySummary.words(s.period)), police recorded "
      + some(s.policeOccurrences, "missing-person report", "missing-person reports")
      + " and children's social care recorded "
      + some(s.cscEpisodes, "missing or away episode", "missing or away episodes")
    if s.policeOccurrences > 0 && s.cscEpisodes > 0 {
      switch s.matched {
      case 0: text += "; none were matched as the same episode"
      case 1: text += "; 1 was matched as the same episode"
      default: text += "; \(ActivitySummary.grouped(s.matched)) were matched as the same episode"
      }
    }
    text += "."
    switch s.policeOnlyNotKnownToCSC {
    case 0: break
    case 1: text += " 1 police report concerned a child not known to social care."
    case let n: text += " \(ActivitySummary.grouped(n)) police reports concerned children not known to social care."
    }
    switch s.ambiguous {
    case 0: break
    case 1:
      text +=
        " 1 police report could not be linked to a single child, as its date of birth fits more than one"
        + " child in social care records."
    case let n:
      text +=
        " \(ActivitySummary.grouped(n)) police reports could not be linked to a single child, as their date"
        + " of birth fits more than one child in social care records."
    }
    switch s.outOfAreaOccurrences {
    case 0: break
    case 1: text += " A further police report concerned a child placed here by another authority."
    case let n:
      text +=
        " A further \(ActivitySummary.grouped(n)) police reports concerned children placed here by other authorities."
    }
    return text
  }

  /// Why the two counts differ, for the terminal: the unmatched records on each side broken down
  /// the way `specs/reconciliation.md` splits them, one figure a line, right-aligned, with each
  /// breakdown adding up to the line above it.
  public static func explanation(_ row: ReconciliationRow) -> String {
    let c = row.counts
    let lines: [(String, Int)] = [
      ("Social care episodes with no police report", c.cscOnly),
      ("  away from placement without authorisation (A)", c.cscOnlyAway),
      ("  missing (M)", c.cscOnlyMissing),
      ("  the child looked after at the start", c.cscOnlyLookedAfter),
      ("Police reports with no social care episode", c.policeOnly),
      ("  child known to social care", c.policeOnlyKnownToCSC),
      ("  child not known to social care", c.policeOnlyNotKnownToCSC),
      ("  date of birth fits more than one child", c.ambiguous),
      ("  graded high risk", c.policeOnlyHighRisk),
      ("  graded medium risk", c.policeOnlyMediumRisk),
      ("  graded low or no apparent risk", c.policeOnlyLowRisk + c.policeOnlyNoApparentRisk),
      ("Police reports for children placed here by other LAs (left out above)", c.outOfAreaOccurrences),
    ]
    let width = lines.map(\.0.count).max()!
    let numbers = lines.map { ActivitySummary.grouped($0.1) }
    let digits = numbers.map(\.count).max()!
    var text = "Why the counts differ in \(row.period.label):\n"
    for ((label, _), n) in zip(lines, numbers) {
      text += label + String(repeating: " ", count: width - label.count + 2 + digits - n.count) + n + "\n"
    }
    return text
  }
}
