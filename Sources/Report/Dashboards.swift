import SafeguardCore

/// One row of `manifest.csv`.
public struct ManifestEntry: Hashable, Sendable {
  /// `input`, `skipped` (an input that matched no extract) or `output`.
  public let role: String
  /// Relative to the run's input root (inputs) or output folder (outputs).
  public let path: String
  /// Data rows (header excluded); nil when not a table the pipeline read.
  public let rows: Int?
  public let sha256: String

  public init(role: String, path: String, rows: Int?, sha256: String) {
    self.role = role
    self.path = path
    self.rows = rows
    self.sha256 = sha256
  }
}

/// The dashboard files of `specs/outputs.md`, as CSV bytes.
///
/// Row orders: `indicators.csv` by indicator (catalogue order), breakdown, then period in trend
/// order; `trend.csv` by indicator and breakdown; `data_quality.csv` by severity (error, query,
/// warning), then most issues first, rule code, source, census year; the detail file by file, line, rule code, field; the manifest by
/// role (input, skipped, output) then path.
public enum Dashboards {
  static func flags(_ f: Set<IndicatorFlag>) -> Cell {
    f.isEmpty ? .blank : .text(f.sorted().map(\.rawValue).joined(separator: ";"))
  }

  public static func valueCell(_ v: IndicatorValue) -> Cell {
    if v.flags.contains(.suppressed) { return .suppressed }
    switch v.figure {
    case .count(let n): return .int(n)
    case .ratio(let n, let d, let m): return .fraction(n, d, multiplier: m, places: 1)
    case .none: return .blank
    }
  }

  /// Numerator or denominator cell: withheld as `c` when the row is suppressed and the number is
  /// small, or, with `ownGroup`, when the row is a suppressed breakdown group, whatever its size (a
  /// group suppressed so that a small one beside it cannot be worked out by subtraction).
  static func partCell(_ n: Int?, _ v: IndicatorValue, ownGroup: Bool = false) -> Cell {
    guard let n else { return .blank }
    let withheld = (1...5).contains(n) || (ownGroup && !v.breakdown.isEmpty)
    if v.flags.contains(.suppressed) && withheld { return .suppressed }
    return .int(n)
  }

  /// The numerator cell: on a breakdown row, the group's own count.
  static func numeratorCell(_ v: IndicatorValue) -> Cell { partCell(v.numerator, v, ownGroup: true) }

  /// The denominator cell: a percentage's breakdown row holds its group's own denominator; a
  /// count's holds the total, shown on the total row and withheld only when small.
  static func denominatorCell(_ v: IndicatorValue) -> Cell {
    partCell(v.denominator, v, ownGroup: v.indicator.unit != .count)
  }

  public static func indicators(_ values: [IndicatorValue]) -> [UInt8] {
    let header = [
      "indicator_id", "indicator", "breakdown", "period", "period_start", "period_end", "numerator", "denominator",
      "value", "unit", "polarity", "flags",
    ]
    let rows = values.map { v -> [Cell] in
      [
        .text(v.indicator.id.rawValue), .text(v.indicator.name), .text(v.breakdown), .text(v.period.label),
        .text(v.period.start.iso), .text(v.period.end.iso), numeratorCell(v), denominatorCell(v),
        valueCell(v), .text(v.indicator.unit.rawValue), .text(v.indicator.polarity.rawValue), flags(v.flags),
      ]
    }
    return CSVWriter.render(header: header, rows: rows)
  }

  /// The wide table: one column per period (the `column` of each value), then the comparator
  /// columns `sn_average`, `england`, `comparator_year` from `comparators` (by indicator id;
  /// blank for indicators without a published comparator, and on breakdown rows, whose
  /// published shares are in `benchmark.csv`), then `source`: which periods of the row came from
  /// the history store (`earlier`) and from which run, blank when all came from this run.
  ///
  /// - Parameter columns: the periods in column order; a period of `earlier` is shown only when
  ///   listed here.
  public static func trend(
    _ values: [IndicatorValue], columns: [Period], comparators: [IndicatorID: [Cell]] = [:],
    earlier: EarlierTrend = EarlierTrend()
  ) -> [UInt8] {
    let header =
      ["indicator_id", "indicator", "breakdown", "unit", "polarity"] + columns.map(\.label)
      + ["sn_average", "england", "comparator_year", "source"]
    var keys: [String] = []
    var byKey: [String: [Period: IndicatorValue]] = [:]
    var first: [String: IndicatorValue] = [:]
    for v in values + earlier.values {
      let key = v.indicator.id.rawValue + "\u{1F}" + v.breakdown
      if byKey[key] == nil {
        keys.append(key)
        first[key] = v
      }
      // A period this run computed is never replaced by an earlier run's figure.
      if byKey[key]?[v.column] == nil { byKey[key, default: [:]][v.column] = v }
    }
    let rows = keys.map { key -> [Cell] in
      let v = first[key]!
      let row = byKey[key] ?? [:]
      let cells: [Cell] = columns.map { p in row[p].map(valueCell) ?? .blank }
      let fromStore = columns.filter { p in row[p] != nil && earlier.runs[p] != nil }
      return [
        .text(v.indicator.id.rawValue), .text(v.indicator.name), .text(v.breakdown), .text(v.indicator.unit.rawValue),
        .text(v.indicator.polarity.rawValue),
      ] + cells + ((v.breakdown.isEmpty ? comparators[v.indicator.id] : nil) ?? [.blank, .blank, .blank])
        + [earlier.source(of: fromStore, order: columns)]
    }
    return CSVWriter.render(header: header, rows: rows)
  }

  public static func dataQuality(_ findings: [Finding]) -> [UInt8] {
    struct Key: Hashable {
      let rule: Rule
      let source: String
      let year: String
    }
    // One tally per rule, source and year. Findings are looked up by rule identity (a number)
    // and then among that rule's few sources and years, so a census with hundreds of thousands
    // of findings hashes no text per finding beyond the child, once per child and rule.
    struct Tally {
      let key: Key
      var places = 0
      var issues: Set<Int> = []
      var children: Set<String> = []
      var lastChild: String?
    }
    func add(_ f: Finding, to list: inout [Tally]) {
      let year = f.year ?? ""
      var k = list.firstIndex { $0.key.source == f.source && $0.key.year == year } ?? -1
      if k < 0 {
        list.append(Tally(key: Key(rule: f.rule, source: f.source, year: year)))
        k = list.count - 1
      }
      if let id = f.issueID { list[k].issues.insert(id) } else { list[k].places += 1 }
      if let c = f.childRef, c != list[k].lastChild {
        list[k].children.insert(c)
        list[k].lastChild = c
      }
    }
    var tallies: [ObjectIdentifier: [Tally]] = [:]
    for f in findings { add(f, to: &tallies[ObjectIdentifier(f.rule), default: []]) }
    // Two rule values with one code are one rule here. An issue found across several places
    // counts once.
    var places: [Key: Int] = [:]
    var issues: [Key: Set<Int>] = [:]
    var children: [Key: Set<String>] = [:]
    for t in tallies.values.joined() {
      places[t.key, default: 0] += t.places
      issues[t.key, default: []].formUnion(t.issues)
      children[t.key, default: []].formUnion(t.children)
    }
    let count = places.merging(issues.mapValues(\.count), uniquingKeysWith: +)
    let keys = count.keys.sorted { a, b in
      let (na, nb) = (count[a]!, count[b]!)
      if a.rule.severity != b.rule.severity { return a.rule.severity < b.rule.severity }
      if na != nb { return na > nb }
      return (a.rule.code, a.source, a.year) < (b.rule.code, b.source, b.year)
    }
    let rows = keys.map { k -> [Cell] in
      let year: Cell = k.year.isEmpty ? .blank : .text(k.year)
      let module: Cell = k.rule.module.map { .text($0) } ?? .blank
      let issues: Cell = .int(count[k]!)
      let children: Cell = .int(children[k]?.count ?? 0)
      return [.text(k.rule.code), .text(k.rule.severity.rawValue), .text(k.source), .text(k.rule.summary)]
        + [issues, children, year, module]
    }
    return CSVWriter.render(
      header: ["rule_code", "severity", "source", "message", "issues", "children", "year", "module"], rows: rows)
  }

  /// How many rows `dataQuality` writes for `findings` (one per rule, source and year).
  public static func dataQualityRows(_ findings: [Finding]) -> Int {
    struct Key: Hashable {
      let rule: ObjectIdentifier
      let source: String
      let year: String?
    }
    return Set(findings.map { Key(rule: ObjectIdentifier($0.rule), source: $0.source, year: $0.year) }).count
  }

  /// Findings in their stable order (file, line, rule code, field, value, message, issue).
  ///
  /// Sorts positions rather than the findings themselves, comparing the cheap keys first, so a
  /// national census's hundreds of thousands of findings are not moved and retained at each step.
  public static func ordered(_ findings: [Finding]) -> [Finding] {
    // File, line and rule decide almost every pair; they are compared as numbers (ranks in name
    // and code order), and the text of two findings only when all three are equal. A return can
    // hold hundreds of thousands of findings, many on one line, nearly all from one file and a
    // few dozen rule values, so each finding is ranked without hashing its text.
    var fileNames: [String] = []
    var lastFile: String?
    var rules: [ObjectIdentifier: Rule] = [:]
    for f in findings {
      if f.file != lastFile {
        fileNames.append(f.file)
        lastFile = f.file
      }
      rules[ObjectIdentifier(f.rule)] = f.rule
    }
    var files: [String: Int] = [:]
    for name in Set(fileNames).sorted() { files[name] = files.count }
    var codes: [String: Int] = [:]
    for code in Set(rules.values.map(\.code)).sorted() { codes[code] = codes.count }
    let ruleRank = rules.mapValues { codes[$0.code]! }
    var place: [(file: Int, line: Int, rule: Int)] = []
    place.reserveCapacity(findings.count)
    var last: (name: String, rank: Int)?
    for f in findings {
      if f.file != last?.name { last = (f.file, files[f.file]!) }
      place.append((last!.rank, f.line ?? 0, ruleRank[ObjectIdentifier(f.rule)]!))
    }
    var order = Array(findings.indices)
    order.sort { i, j in
      if place[i] != place[j] { return place[i] < place[j] }
      let x = (findings[i].field ?? "", findings[i].value ?? "", findings[i].message, findings[i].issueID ?? 0)
      let y = (findings[j].field ?? "", findings[j].value ?? "", findings[j].message, findings[j].issueID ?? 0)
      return x != y ? x < y : i < j
    }
    return order.map { findings[$0] }
  }

  /// One row per finding, in the order given: pass them through `ordered` first (the runner does
  /// once, for every output that lists findings).
  public static func dataQualityDetail(_ findings: [Finding]) -> [UInt8] {
    let rows = findings.map { f -> [Cell] in
      [
        .text(f.rule.code), .text(f.rule.severity.rawValue), .text(f.source),
        .text(f.cell.map { f.file + "!" + $0 } ?? f.file),
        f.line.map { .int($0) } ?? .blank, f.childRef.map { .text($0) } ?? .blank, f.field.map { .text($0) } ?? .blank,
        f.value.map { .text($0) } ?? .blank, .text(f.message), f.issueID.map { .int($0) } ?? .blank,
      ]
    }
    return CSVWriter.render(
      header: [
        "rule_code", "severity", "source", "file", "line", "child_ref", "field", "value", "message", "issue_id",
      ],
      rows: rows)
  }

  public static func manifest(_ entries: [ManifestEntry]) -> [UInt8] {
    let order = ["input": 0, "skipped": 1, "output": 2]
    let rows = entries.sorted { (order[$0.role] ?? 9, $0.path) < (order[$1.role] ?? 9, $1.path) }.map {
      e -> [Cell] in
      [.text(e.role), .text(e.path), e.rows.map { .int($0) } ?? .blank, .text(e.sha256)]
    }
    return CSVWriter.render(header: ["role", "path", "rows", "sha256"], rows: rows)
  }
}
