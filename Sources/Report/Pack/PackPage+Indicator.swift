import SafeguardCore

/// One indicator's part of the page: its mark against neighbours, its trend, its neighbours and its breakdowns.
extension PackPage {
  static func indicator(_ id: String, _ data: PackData) -> String {
    guard let row = data.trendRow(id) else { return "" }
    let t = data.trend
    let slug = "ind-" + PackText.slug(id)
    let unit = t.cell(row, "unit")
    var html = "<article class=\"indicator\" id=\"\(slug)\" aria-labelledby=\"\(slug)-h\">\n"
    html += "<h3 id=\"\(slug)-h\">\(PackText.escaped(t.cell(row, "indicator")))</h3>\n"
    var about = "\(unitNoun(unit)); \(polarityWords(t.cell(row, "polarity")))."
    if let last = data.periods.last(where: { PackText.number(t.cell(row, $0)) != nil }) {
      about += " Latest: \(t.cell(row, last))\(PackText.unitWords(unit)) in \(last)."
    }
    html += "<p class=\"about\">\(PackText.escaped(about))</p>\n"
    guard data.periods.contains(where: { !t.cell(row, $0).isEmpty }) else {
      let flags = data.indicatorRow(id, "", data.period).map { data.indicators.cell($0, "flags") } ?? ""
      html += "<p>No figure for any period of this run"
      html += flags.isEmpty ? ".</p>\n" : " (flags: \(PackText.escaped(flags))).</p>\n"
      return html + "</article>\n"
    }
    html += mark(id, data)
    html += trendFigures(id, row: row, slug: slug, data)
    if let benchmark = data.tables["benchmark.csv"] {
      for b in benchmark.rows(where: "indicator_id", is: id) { html += neighbours(b, benchmark, slug: slug, data) }
    }
    html += breakdownFigures(id, slug: slug, data)
    return html + "</article>\n"
  }

  static func unitNoun(_ unit: String) -> String {
    switch unit {
    case "count": return "A count"
    case "percent": return "A percentage"
    case "rate": return "A rate per 10,000 children"
    case "days": return "A number of working days"
    case "mean": return "An average"
    default: return "Unit: \(unit)"
    }
  }

  static func polarityWords(_ polarity: String) -> String {
    switch polarity {
    case "high": return "higher is better"
    case "low": return "lower is better"
    default: return "neither higher nor lower is better in itself"
    }
  }

  /// Better, similar or worse than the neighbours, in words and a shape as well as a colour.
  static func mark(_ id: String, _ data: PackData) -> String {
    guard let b = data.tables["benchmark.csv"],
      let row = b.rows(where: "indicator_id", is: id).first(where: { b.cell($0, "breakdown").isEmpty })
    else { return "" }
    let year = b.cell(row, "comparator_year")
    var words: String
    let kind: String
    let symbol: String
    switch b.cell(row, "versus_sn") {
    case "better": (kind, symbol, words) = ("better", "&#9650;", "Better than statistical neighbours")
    case "worse": (kind, symbol, words) = ("worse", "&#9660;", "Worse than statistical neighbours")
    case "similar": (kind, symbol, words) = ("similar", "&#9679;", "Similar to statistical neighbours")
    default: (kind, symbol, words) = ("none", "&#8212;", "Not marked better or worse than statistical neighbours")
    }
    words += " in \(year) (published figures)"
    let rank = b.cell(row, "rank")
    if !rank.isEmpty { words += "; rank \(rank) of \(b.cell(row, "rank_of")) English LAs (1 is best)" }
    let band = b.cell(row, "quartile_band")
    if !band.isEmpty { words += "; quartile band \(band) (A is the best quarter)" }
    return "<p class=\"mark mark-\(kind)\"><span class=\"symbol\" aria-hidden=\"true\">\(symbol)</span> "
      + "\(PackText.escaped(words)).</p>\n"
  }

  // MARK: Trend

  /// The trend chart (one, or one per kind of period for a count, whose years and quarters are
  /// on different scales) and its table with numerators and denominators.
  static func trendFigures(_ id: String, row: Int, slug: String, _ data: PackData) -> String {
    let t = data.trend
    let name = t.cell(row, "indicator")
    let unit = t.cell(row, "unit")
    var panels: [PackChart.Panel] = []
    var kinds: [Period.Kind?] = []
    for p in data.periods {
      let kind = (try? Period.parse(p))?.kind
      let point = PackChart.Point(label: p, text: t.cell(row, p), history: data.fromHistory(row: row, period: p))
      if let last = kinds.last, last == kind {
        panels[panels.count - 1] = PackChart.Panel(
          name: panels[panels.count - 1].name, points: panels.last!.points + [point])
      } else {
        kinds.append(kind)
        panels.append(PackChart.Panel(name: panelName(kind), points: [point]))
      }
    }
    let year = t.cell(row, "comparator_year")
    var references: [PackChart.Reference] = []
    if let v = PackText.number(t.cell(row, "sn_average")) {
      references.append(.init(name: "Neighbours", value: v, style: .neighbours))
    }
    if let v = PackText.number(t.cell(row, "england")), unit != "count" {
      references.append(.init(name: "England", value: v, style: .england))
    }
    var html = "<figure>\n"
    let groups: [([PackChart.Panel], [PackChart.Reference])] =
      unit == "count"
      ? panels.enumerated().map { k, p in ([p], kinds[k] == .financialYear ? references : []) }
      : [(panels, references)]
    for (k, group) in groups.enumerated() {
      let first = group.0.first?.points.first?.label ?? ""
      let last = group.0.last?.points.last?.label ?? ""
      var desc = "Line chart of this LA's \(name.lowercased()) from \(first) to \(last)"
      desc += " (\(group.0.map { $0.name.lowercased() }.joined(separator: " and ")))."
      if !group.1.isEmpty {
        desc +=
          " Reference lines for \(year): "
          + group.1.map {
            "\($0.style == .england ? "England" : "statistical neighbour average") \(PackText.tick($0.value))"
          }
          .joined(separator: " and ") + "."
      }
      if unit == "count" && PackText.number(t.cell(row, "england")) != nil && k == 0 {
        desc += " England's count is in the table, not drawn: it is on another scale."
      }
      desc += " The figures are in the table below."
      let chartID = groups.count == 1 ? "\(slug)-trend" : "\(slug)-trend-\(k + 1)"
      let title = "\(name): trend" + (groups.count == 1 ? "" : ", \(group.0.first?.name.lowercased() ?? "")")
      html += PackChart.line(id: chartID, title: title, description: desc, panels: group.0, references: group.1)
    }
    var table = HTMLTable(
      caption: "\(name) by period: the figure, its numerator and denominator, and where it came from",
      columns: ["Period", "Value", "Numerator", "Denominator", "Flags", "Source"])
    for p in data.periods {
      let source: HTMLTable.Cell = .text(data.fromHistory(row: row, period: p) ? "history store" : "this run")
      guard let (r, label) = data.figureRow(id, "", p) else {
        table.row(p, [.csv(t, row: row, column: p), .text(""), .text(""), .text(""), source])
        continue
      }
      let i = data.indicators
      table.row(
        label,
        [
          .csv(t, row: row, column: p), .csv(i, row: r, column: "numerator"), .csv(i, row: r, column: "denominator"),
          .csv(i, row: r, column: "flags"), source,
        ])
    }
    if !year.isEmpty {
      table.row("Statistical neighbour average, \(year)", [.csv(t, row: row, column: "sn_average")] + blanks(4))
      table.row("England, \(year)", [.csv(t, row: row, column: "england")] + blanks(4))
    }
    html += table.finished
    if data.periods.contains(where: { data.fromHistory(row: row, period: $0) }) {
      html += "<p class=\"note\">Periods marked &#8220;history store&#8221; are figures kept from earlier runs, "
      html += "drawn as hollow markers: this run's extracts no longer reach them.</p>\n"
    }
    return html + "</figure>\n"
  }

  static func blanks(_ n: Int) -> [HTMLTable.Cell] { Array(repeating: .text(""), count: n) }

  static func panelName(_ kind: Period.Kind?) -> String {
    switch kind {
    case .financialYear: return "Financial years"
    case .quarter: return "Quarters"
    case .month: return "Month"
    case .rollingYear: return "Rolling year"
    case nil: return "Other periods"
    }
  }

  // MARK: Neighbours

  /// The ten statistical neighbours and this LA as bars, largest first, England marked, from one `benchmark.csv` row.
  static func neighbours(_ row: Int, _ b: CSVTable, slug: String, _ data: PackData) -> String {
    let id = b.cell(row, "indicator_id")
    let year = b.cell(row, "comparator_year")
    let breakdown = b.cell(row, "breakdown")
    let name = b.cell(row, "indicator") + (breakdown.isEmpty ? "" : " (share of children, \(breakdown))")
    var entries: [(name: String, table: CSVTable, row: Int, column: String, highlighted: Bool)] = []
    if let n = data.tables["benchmark_neighbours.csv"] {
      for r in n.rows.indices
      where n.cell(r, "indicator_id") == id && n.cell(r, "breakdown") == breakdown
        && n.cell(r, "comparator_year") == year
      {
        entries.append((n.cell(r, "la_name"), n, r, "value", false))
      }
    }
    entries.append((data.laName ?? "LA \(b.cell(row, "la_code"))", b, row, "la_published", true))
    entries.sort { x, y in
      let (a, c) = (PackText.number(x.table.cell(x.row, x.column)), PackText.number(y.table.cell(y.row, y.column)))
      switch (a, c) {
      case (let a?, let c?): return a != c ? a > c : x.name < y.name
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return x.name < y.name
      }
    }
    let unit = data.trendRow(id).map { data.trend.cell($0, "unit") } ?? ""
    let showsEngland = unit != "count" || !breakdown.isEmpty
    var markers: [PackChart.Reference] = []
    if showsEngland, let e = PackText.number(b.cell(row, "england")) {
      markers.append(.init(name: "England", value: e, style: .england))
    }
    let chartID = "\(slug)-sn" + (breakdown.isEmpty ? "" : "-" + PackText.slug(breakdown))
    var desc = "Bar chart of \(name) in \(year) for this LA and its statistical neighbours, largest first"
    desc += markers.isEmpty ? "." : ", with England marked at \(PackText.tick(markers[0].value))."
    desc += " The figures are in the table below."
    var html = "<figure>\n"
    html += PackChart.bars(
      id: chartID, title: "\(name), \(year): this LA among its statistical neighbours", description: desc,
      bars: entries.map {
        .init(label: $0.name, text: $0.table.cell($0.row, $0.column), caption: nil, highlighted: $0.highlighted)
      },
      markers: markers)
    var table = HTMLTable(
      caption: "\(name), \(year): this LA and its statistical neighbours (published figures), largest first",
      columns: ["Local authority", "Value"])
    for e in entries {
      table.row(
        e.highlighted ? e.name + " (this LA)" : e.name, [.csv(e.table, row: e.row, column: e.column)],
        highlighted: e.highlighted)
    }
    table.row("Statistical neighbour mean", [.csv(b, row: row, column: "sn_mean")])
    table.row("Statistical neighbour median", [.csv(b, row: row, column: "sn_median")])
    let region = b.cell(row, "region_name")
    table.row(region.isEmpty ? "Region" : "Region: \(region)", [.csv(b, row: row, column: "region")])
    table.row("England", [.csv(b, row: row, column: "england")])
    if !b.cell(row, "rank").isEmpty {
      table.row("Rank among English LAs (1 is best)", [.csv(b, row: row, column: "rank")])
      table.row("English LAs ranked", [.csv(b, row: row, column: "rank_of")])
    }
    if !b.cell(row, "quartile_band").isEmpty {
      table.row("Quartile band (A is best)", [.csv(b, row: row, column: "quartile_band")])
    }
    if !b.cell(row, "versus_sn").isEmpty {
      table.row("Against statistical neighbours", [.csv(b, row: row, column: "versus_sn")])
    }
    if !b.cell(row, "local_value").isEmpty {
      table.row("This LA, this run (\(b.cell(row, "local_period")))", [.csv(b, row: row, column: "local_value")])
    }
    html += table.finished
    if !showsEngland {
      html += "<p class=\"note\">England's count is in the table but not drawn: it is on another scale.</p>\n"
    }
    let note = b.cell(row, "note")
    if !note.isEmpty { html += "<p class=\"note\">Note: \(PackText.escaped(note)).</p>\n" }
    return html + "</figure>\n"
  }
}
