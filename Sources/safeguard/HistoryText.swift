import History
import Report
import SafeguardCore

/// The terminal tables and CSV files of `safeguard history`.
enum HistoryText {
  /// Store problems as exit statuses: no such run 66, anything else 73.
  static func failure<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as HistoryError {
      throw RunFailure(e.cause == .noRun ? .noInput : e.cause == .full ? .ioError : .cannotCreate, e.description)
    }
  }

  /// A value as `indicators.csv` shows it.
  static func figure(_ v: StoredValue?) -> String {
    guard let v else { return "" }
    if let iv = v.indicatorValue { return Dashboards.valueCell(iv).rendered }
    return v.value.map { Cell.decimal($0, places: 1).rendered } ?? ""
  }

  static func runs(_ runs: [StoredRun]) -> String {
    guard !runs.isEmpty else { return "no runs recorded yet\n" }
    var t = TextTable(header: ["run", "pipeline", "period", "LA", "started", "ended", "outcome"])
    t.rows = runs.map { [$0.id, $0.pipeline, $0.period, $0.la, $0.started, $0.ended ?? "", $0.outcome] }
    return t.text
  }

  static func runsCSV(_ runs: [StoredRun]) -> String {
    let header = ["run", "pipeline", "period", "la", "started", "ended", "exit_status", "outcome", "folder", "message"]
    let rows = runs.map { r -> [Cell] in
      [
        .text(r.id), .text(r.pipeline), .text(r.period), .text(r.la), .text(r.started), .text(r.ended ?? ""),
        r.exitStatus.map(Cell.int) ?? .blank, .text(r.outcome), .text(r.outFolder), .text(r.message ?? ""),
      ]
    }
    return String(decoding: CSVWriter.render(header: header, rows: rows), as: UTF8.self)
  }

  static func show(_ r: StoredRun, in store: HistoryStore) throws -> String {
    var s = "run \(r.id): pipeline \(r.pipeline), \(r.period), LA \(r.la.isEmpty ? "not set" : r.la)\n"
    s += "started \(r.started), \(r.ended.map { "ended \($0)" } ?? "never ended"), \(r.outcome)\n"
    if let m = r.message { s += "stopped with: \(m)\n" }
    s += "wrote \(r.outFolder)\nsettings \(r.settings)\n\ninputs:\n"
    var t = TextTable(header: ["file", "role", "bytes", "rows", "rejected", "dates", "sha256"], right: [2, 3, 4])
    t.rows = try store.inputs(of: r.id).map { i in
      [
        i.root + "/" + i.path, i.role, i.size.grouped, i.rows?.grouped ?? "", i.rejected?.grouped ?? "",
        i.firstDate.map { "\($0) to \(i.lastDate ?? "")" } ?? "", String(i.sha256.prefix(12)),
      ]
    }
    s += t.rows.isEmpty ? "  none recorded\n" : t.text
    let findings = try store.findings(of: r.id)
    s += "\nfindings by rule:\n"
    var f = TextTable(header: ["rule", "severity", "count"], right: [2])
    f.rows = findings.map { [$0.rule, $0.severity, $0.count.grouped] }
    s += findings.isEmpty ? "  none\n" : f.text
    s += "\n\(try store.values(of: r.id).count.grouped) indicator values (--csv lists them)\n"
    return s
  }

  static func valuesCSV(_ values: [StoredValue]) -> String {
    let header = ["indicator_id", "breakdown", "period_column", "period", "numerator", "denominator", "value", "flags"]
    let rows = values.map { v -> [Cell] in
      [
        .text(v.indicator), .text(v.breakdown), .text(v.column), .text(v.period), v.numerator.map(Cell.int) ?? .blank,
        v.denominator.map(Cell.int) ?? .blank, .text(figure(v)), .text(v.flags),
      ]
    }
    return String(decoding: CSVWriter.render(header: header, rows: rows), as: UTF8.self)
  }

  static func change(_ c: HistoryDiff.ValueChange) -> String {
    guard let d = c.change else { return c.before == nil ? "new" : c.after == nil ? "gone" : "" }
    let text = Cell.decimal(d, places: c.after?.figure.hasPrefix("count:") == true ? 0 : 1).rendered
    return d > 0 ? "+" + text : text
  }

  static func parts(_ v: StoredValue?) -> String {
    guard let v, let n = v.numerator else { return "" }
    return v.denominator.map { "\(n)/\($0)" } ?? "\(n)"
  }

  static func diff(_ d: HistoryDiff) -> String {
    var s = "from run \(d.from.id) (\(d.from.pipeline), \(d.from.period), started \(d.from.started))\n"
    s += "  to run \(d.to.id) (\(d.to.pipeline), \(d.to.period), started \(d.to.started))\n\n"
    if d.inputs.isEmpty {
      s += "inputs: no change\n"
    } else {
      s += "inputs:\n"
      var t = TextTable(header: ["change", "file", "rows before", "rows after", "sha256 before", "sha256 after"])
      t.right = [2, 3]
      t.rows = d.inputs.map {
        [
          $0.kind.rawValue, $0.root + "/" + $0.path, $0.before?.rows?.grouped ?? "", $0.after?.rows?.grouped ?? "",
          String($0.before?.sha256.prefix(12) ?? ""), String($0.after?.sha256.prefix(12) ?? ""),
        ]
      }
      s += t.text
    }
    if !d.findings.isEmpty {
      s += "\nfindings:\n"
      var t = TextTable(header: ["rule", "severity", "before", "after"], right: [2, 3])
      t.rows = d.findings.map { [$0.rule, $0.severity, $0.before.grouped, $0.after.grouped] }
      s += t.text
    }
    s += "\nindicator values: \(d.values.count.grouped) changed, \(d.unchanged.grouped) unchanged\n"
    if !d.values.isEmpty {
      var t = TextTable(
        header: [
          "indicator", "breakdown", "period", "before", "after", "change", "num/den before", "num/den after", "flags",
        ],
        right: [3, 4, 5])
      t.rows = d.values.map {
        [
          $0.indicator, $0.breakdown, $0.column, figure($0.before), figure($0.after), change($0), parts($0.before),
          parts($0.after), flagChange($0.before?.flags, $0.after?.flags),
        ]
      }
      s += t.text
    }
    return s
  }

  /// How a value's flags changed: `+provisional -data_errors` (flags gained, then lost); blank when the same.
  static func flagChange(_ before: String?, _ after: String?) -> String {
    let (b, a) = ((before ?? "").split(separator: ";"), (after ?? "").split(separator: ";"))
    return (a.filter { !b.contains($0) }.map { "+" + $0 } + b.filter { !a.contains($0) }.map { "-" + $0 })
      .joined(separator: " ")
  }

  /// One table: a row per changed value, input and rule, told apart by `what`.
  static func diffCSV(_ d: HistoryDiff) -> String {
    let header = [
      "what", "from_run", "to_run", "name", "breakdown", "period", "before", "after", "change", "numerator_before",
      "denominator_before", "numerator_after", "denominator_after", "sha256_before", "sha256_after", "flags_before",
      "flags_after",
    ]
    let ids: [Cell] = [.text(d.from.id), .text(d.to.id)]
    var rows: [[Cell]] = d.inputs.map {
      [.text("input_" + $0.kind.rawValue)] + ids + [
        .text($0.root + "/" + $0.path), .blank, .blank, $0.before?.rows.map(Cell.int) ?? .blank,
        $0.after?.rows.map(Cell.int) ?? .blank, .blank, .blank, .blank, .blank, .blank,
        .text($0.before?.sha256 ?? ""), .text($0.after?.sha256 ?? ""), .blank, .blank,
      ]
    }
    rows += d.findings.map {
      [.text("finding")] + ids + [
        .text($0.rule), .blank, .blank, .int($0.before), .int($0.after), .int($0.after - $0.before), .blank, .blank,
        .blank, .blank, .blank, .blank, .blank, .blank,
      ]
    }
    for c in d.values {
      let places = c.after?.figure.hasPrefix("count:") == true ? 0 : 1
      let change: Cell = c.change.map { Cell.decimal($0, places: places) } ?? .blank
      let parts: [Cell] = [c.before?.numerator, c.before?.denominator, c.after?.numerator, c.after?.denominator].map {
        $0.map(Cell.int) ?? .blank
      }
      rows.append(
        [.text("value")] + ids
          + [.text(c.indicator), .text(c.breakdown), .text(c.column), .text(figure(c.before)), .text(figure(c.after))]
          + [change] + parts + [.blank, .blank, .text(c.before?.flags ?? ""), .text(c.after?.flags ?? "")])
    }
    return String(decoding: CSVWriter.render(header: header, rows: rows), as: UTF8.self)
  }
}
