import SafeguardCore

/// What changed between two runs: indicator values, input files and findings by rule.
public struct HistoryDiff: Sendable {
  /// A value present in only one run, or whose value, numerator or flags differ.
  public struct ValueChange: Sendable, Equatable {
    public let indicator: String
    public let breakdown: String
    public let column: String
    public let before: StoredValue?
    public let after: StoredValue?
    /// After minus before, when both have a value.
    public var change: Double? {
      guard let a = before?.value, let b = after?.value else { return nil }
      return b - a
    }
  }

  /// An input file added, removed, or read with different contents.
  public struct InputChange: Sendable, Equatable {
    public enum Kind: String, Sendable { case added, removed, changed }
    public let kind: Kind
    public let root: String
    public let path: String
    public let before: StoredInput?
    public let after: StoredInput?
  }

  /// A rule whose count of findings differs.
  public struct FindingChange: Sendable, Equatable {
    public let rule: String
    public let severity: String
    public let before: Int
    public let after: Int
  }

  public let from: StoredRun
  public let to: StoredRun
  public let values: [ValueChange]
  public let inputs: [InputChange]
  public let findings: [FindingChange]
  /// Values present in both runs with the same value, numerator and flags.
  public let unchanged: Int

  /// Compares run `a` (before) with run `b` (after).
  public static func between(_ a: StoredRun, _ b: StoredRun, in store: HistoryStore) throws -> HistoryDiff {
    let va = Dictionary(try store.values(of: a.id).map { ($0.key, $0) }, uniquingKeysWith: { x, _ in x })
    let vb = try store.values(of: b.id)
    var changes: [ValueChange] = []
    var same = 0
    var seen: Set<String> = []
    for v in vb {
      seen.insert(v.key)
      let old = va[v.key]
      // A changed value, numerator or flag is a change; a denominator alone is not (a breakdown
      // group's denominator is the total, whose own change is listed on the total's row).
      if let old, old.value == v.value, old.numerator == v.numerator, old.flags == v.flags {
        same += 1
        continue
      }
      changes.append(.init(indicator: v.indicator, breakdown: v.breakdown, column: v.column, before: old, after: v))
    }
    for v in va.values where !seen.contains(v.key) {
      changes.append(.init(indicator: v.indicator, breakdown: v.breakdown, column: v.column, before: v, after: nil))
    }
    // Catalogue order, as in indicators.csv; ids this build does not know go last.
    func order(_ id: String) -> Int { IndicatorID(rawValue: id).map { $0.order } ?? Int.max }
    changes.sort {
      (order($0.indicator), $0.indicator, $0.breakdown, $0.column)
        < (order($1.indicator), $1.indicator, $1.breakdown, $1.column)
    }

    func key(_ i: StoredInput) -> String { i.root + "/" + i.path }
    let ia = Dictionary(try store.inputs(of: a.id).map { (key($0), $0) }, uniquingKeysWith: { x, _ in x })
    let ib = Dictionary(try store.inputs(of: b.id).map { (key($0), $0) }, uniquingKeysWith: { x, _ in x })
    var inputs: [InputChange] = []
    for k in Set(ia.keys).union(ib.keys).sorted() {
      let (x, y) = (ia[k], ib[k])
      let kind: InputChange.Kind
      if x == nil {
        kind = .added
      } else if y == nil {
        kind = .removed
      } else if x!.sha256 != y!.sha256 || x!.rows != y!.rows || x!.size != y!.size {
        kind = .changed
      } else {
        continue
      }
      let any = (y ?? x)!
      inputs.append(.init(kind: kind, root: any.root, path: any.path, before: x, after: y))
    }

    let fa = Dictionary(try store.findings(of: a.id).map { ($0.rule, $0) }, uniquingKeysWith: { x, _ in x })
    let fb = Dictionary(try store.findings(of: b.id).map { ($0.rule, $0) }, uniquingKeysWith: { x, _ in x })
    let findings = Set(fa.keys).union(fb.keys).sorted().compactMap { rule -> FindingChange? in
      let (x, y) = (fa[rule]?.count ?? 0, fb[rule]?.count ?? 0)
      guard x != y else { return nil }
      return FindingChange(rule: rule, severity: (fb[rule] ?? fa[rule])!.severity, before: x, after: y)
    }
    return HistoryDiff(from: a, to: b, values: changes, inputs: inputs, findings: findings, unchanged: same)
  }
}

extension HistoryStore {
  /// The finished run of the same pipeline and period that started before `run`.
  public func previous(of run: StoredRun) throws -> StoredRun? {
    try runs(pipeline: run.pipeline).drop { $0.id != run.id }.dropFirst().first {
      $0.period == run.period && $0.exitStatus == 0
    }
  }

  /// The two runs `history diff` compares: both given; one given and the run before it; or the
  /// latest finished run (of `pipeline` when given) and the one before it.
  public func pairToCompare(_ ids: [String], pipeline: String?) throws -> (StoredRun, StoredRun) {
    if ids.count >= 2 { return (try run(ids[0]), try run(ids[1])) }
    let later: StoredRun
    if let id = ids.first {
      later = try run(id)
    } else {
      guard let latest = try runs(pipeline: pipeline).first(where: { $0.exitStatus == 0 }) else {
        throw HistoryError(
          cause: .noRun, description: "no finished run\(pipeline.map { " of pipeline \($0)" } ?? "") in \(path)")
      }
      later = latest
    }
    guard let earlier = try previous(of: later) else {
      throw HistoryError(
        cause: .noRun,
        description:
          "run \(later.id) is the first finished run of pipeline \(later.pipeline) for \(later.period) in \(path); "
          + "there is nothing before it to compare with")
    }
    return (earlier, later)
  }
}
